package org.puente.consultations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.puente.directory.Conference;
import org.puente.i18n.MultilingualField;
import org.puente.i18n.MultilingualText;
import org.springframework.validation.Errors;

/** What a secretariat types to start a consultation: a title in at least one language, who gets it, and by when. */
class ConsultationForm {

	@Size(max = 300) private MultilingualField title = new MultilingualField();
	@Size(max = 5000) private MultilingualField intro = new MultilingualField();

	@NotEmpty
	private List<String> processes = new ArrayList<>();

	@NotNull
	private @Nullable LocalDate deadline;

	@NotNull
	private LatePolicy latePolicy = LatePolicy.ACCEPT_LATE;

	/** The rules that span fields, reported on the field a person should fix. */
	void check(Errors errors) {
		if (title().isEmpty()) {
			errors.rejectValue("title.es", "consultations.form.titleRequired");
		}
		if (!processes.stream().allMatch(Conference::isCode)) {
			errors.rejectValue("processes", "consultations.form.processesUnknown");
		}
	}

	MultilingualText title() { return title.text(); }
	MultilingualText intro() { return intro.text(); }

	public MultilingualField getTitle() { return title; }
	public void setTitle(MultilingualField v) { title = v; }
	public MultilingualField getIntro() { return intro; }
	public void setIntro(MultilingualField v) { intro = v; }
	public List<String> getProcesses() { return processes; }
	public void setProcesses(List<String> v) { processes = v; }
	public @Nullable LocalDate getDeadline() { return deadline; }
	public void setDeadline(@Nullable LocalDate v) { deadline = v; }
	public LatePolicy getLatePolicy() { return latePolicy; }
	public void setLatePolicy(LatePolicy v) { latePolicy = v; }
}

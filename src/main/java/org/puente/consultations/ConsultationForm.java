package org.puente.consultations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.puente.directory.Conference;
import org.puente.i18n.MultilingualText;
import org.springframework.validation.Errors;

/** What a secretariat types to start a consultation: a title in at least one language, who gets it, and by when. */
class ConsultationForm {

	@Size(max = 300) private @Nullable String titleEs;
	@Size(max = 300) private @Nullable String titleEn;
	@Size(max = 300) private @Nullable String titlePt;
	@Size(max = 300) private @Nullable String titleFr;
	@Size(max = 5000) private @Nullable String introEs;
	@Size(max = 5000) private @Nullable String introEn;
	@Size(max = 5000) private @Nullable String introPt;
	@Size(max = 5000) private @Nullable String introFr;

	@NotEmpty
	private List<String> processes = new ArrayList<>();

	@NotNull
	private @Nullable LocalDate deadline;

	@NotNull
	private LatePolicy latePolicy = LatePolicy.ACCEPT_LATE;

	/** The rules that span fields, reported on the field a person should fix. */
	void check(Errors errors) {
		if (title().isEmpty()) {
			errors.rejectValue("titleEs", "consultations.form.titleRequired");
		}
		if (!processes.stream().allMatch(Conference::isCode)) {
			errors.rejectValue("processes", "consultations.form.processesUnknown");
		}
	}

	MultilingualText title() { return MultilingualText.of(titleEs, titleEn, titlePt, titleFr); }
	MultilingualText intro() { return MultilingualText.of(introEs, introEn, introPt, introFr); }

	public @Nullable String getTitleEs() { return titleEs; }
	public void setTitleEs(@Nullable String v) { titleEs = v; }
	public @Nullable String getTitleEn() { return titleEn; }
	public void setTitleEn(@Nullable String v) { titleEn = v; }
	public @Nullable String getTitlePt() { return titlePt; }
	public void setTitlePt(@Nullable String v) { titlePt = v; }
	public @Nullable String getTitleFr() { return titleFr; }
	public void setTitleFr(@Nullable String v) { titleFr = v; }
	public @Nullable String getIntroEs() { return introEs; }
	public void setIntroEs(@Nullable String v) { introEs = v; }
	public @Nullable String getIntroEn() { return introEn; }
	public void setIntroEn(@Nullable String v) { introEn = v; }
	public @Nullable String getIntroPt() { return introPt; }
	public void setIntroPt(@Nullable String v) { introPt = v; }
	public @Nullable String getIntroFr() { return introFr; }
	public void setIntroFr(@Nullable String v) { introFr = v; }
	public List<String> getProcesses() { return processes; }
	public void setProcesses(List<String> v) { processes = v; }
	public @Nullable LocalDate getDeadline() { return deadline; }
	public void setDeadline(@Nullable LocalDate v) { deadline = v; }
	public LatePolicy getLatePolicy() { return latePolicy; }
	public void setLatePolicy(LatePolicy v) { latePolicy = v; }
}

package org.puente.consultations;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.puente.directory.Conference;
import org.puente.i18n.MultilingualField;
import org.puente.i18n.MultilingualText;
import org.springframework.validation.Errors;

/**
 * What a secretariat types to start a consultation: a title in at least one language, who gets it, and by when;
 * bound through its constructor.
 */
record ConsultationForm(
		@Size(max = 300) MultilingualField title,
		@Size(max = 5000) MultilingualField intro,
		@NotEmpty List<String> processes,
		@NotNull @Nullable LocalDate deadline,
		@NotNull LatePolicy latePolicy) {

	ConsultationForm {
		title = title == null ? new MultilingualField() : title;
		intro = intro == null ? new MultilingualField() : intro;
		processes = processes == null ? List.of() : List.copyOf(processes);
		latePolicy = latePolicy == null ? LatePolicy.ACCEPT_LATE : latePolicy;
	}

	/** A new consultation's form, sent to the given conferences and accepting late answers. */
	static ConsultationForm to(List<String> processes) {
		return new ConsultationForm(new MultilingualField(), new MultilingualField(), processes, null,
				LatePolicy.ACCEPT_LATE);
	}

	/** The rules that span fields, reported on the field a person should fix. */
	void check(Errors errors) {
		if (titleText().isEmpty()) {
			errors.rejectValue("title", "consultations.form.titleRequired");
		}
		if (!processes.stream().allMatch(Conference::isCode)) {
			errors.rejectValue("processes", "consultations.form.processesUnknown");
		}
	}

	/** A new consultation's deadline is not over everywhere already ({@code today}: its deadline day now). */
	void checkNew(Errors errors, LocalDate today) {
		if (deadline != null && deadline.isBefore(today)) {
			errors.rejectValue("deadline", "consultations.form.deadlinePast");
		}
	}

	MultilingualText titleText() { return title.text(); }
	MultilingualText introText() { return intro.text(); }
}

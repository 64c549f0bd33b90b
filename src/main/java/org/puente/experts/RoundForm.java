package org.puente.experts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;

/**
 * The new-round form: a title, the sessions, the quota per session and conference, the last day. Bound through its
 * constructor; what was not sent reads as empty.
 */
record RoundForm(@NotBlank @Size(max = 300) String title, List<Integer> sessions, Integer quota, String deadline) {

	RoundForm {
		title = title == null ? "" : title;
		sessions = sessions == null ? List.of() : sessions;
		deadline = deadline == null ? "" : deadline;
		// an empty quota is out of range, and refused as such
		quota = quota == null ? 0 : quota;
	}

	/**
	 * The form's mistakes, each on its field in the form's order (title, sessions, quota, deadline) — the page's form
	 * and the API's body alike; the deadline not before {@code today} (the rounds' day, {@link Nominations#today}).
	 */
	void check(BindingResult errors, LocalDate today) {
		RequiredField.check(errors, "title", title.isBlank(), "experts.round.name");
		RequiredField.check(errors, "sessions", sessions.isEmpty(), null);
		// walk 10 #6: the quota's range is told on its field, with the others, not alone once they are right
		if ((quota < 1 || quota > 20) && !errors.hasFieldErrors("quota")) {
			errors.rejectValue("quota", "experts.round.quotaRange", new Object[] { 1, 20 }, "experts.round.quotaRange");
		}
		if (deadline.isBlank()) {
			RequiredField.check(errors, "deadline", true, "experts.round.deadline");
			return;
		}
		try {
			if (deadlineDate().isBefore(today)) {
				errors.rejectValue("deadline", "experts.round.deadlinePast", "experts.round.deadlinePast");
			}
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue("deadline", "experts.field.date", "experts.field.date");
		}
	}

	/** The last day as typed (once {@link #check} found it readable). */
	LocalDate deadlineDate() {
		return LocalDate.parse(deadline.strip());
	}

	/** An empty form, three nominations per session and conference. */
	static RoundForm blank() {
		return new RoundForm("", List.of(), 3, "");
	}
}

package org.puente.experts;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;

/** A field of the experts' forms left empty, said as every form of Puente says it. */
final class RequiredField {

	private RequiredField() {
	}

	/**
	 * A missing field, named by its label's key ("«Ronda»: este dato es obligatorio."); the sessions, a group of boxes,
	 * by their own sentence when {@code label} is null. A field whose value was there but unreadable ("cuatro" for a
	 * session) already says so, and one sentence per field is enough.
	 */
	static void check(BindingResult errors, String field, boolean missing, @Nullable String label) {
		if (!missing || errors.hasFieldErrors(field)) {
			return;
		}
		if (label == null) {
			errors.rejectValue(field, "experts.round.sessionsRequired", "experts.round.sessionsRequired");
		}
		else {
			errors.rejectValue(field, "experts.field.requiredNamed",
					new Object[] { new DefaultMessageSourceResolvable(label) }, "experts.field.required");
		}
	}
}

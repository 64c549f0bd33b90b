package org.puente.consultations;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.refusal.ChangedSinceException;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.web.InvalidInput;
import org.puente.web.Mistake;

/**
 * A script's answer saved as the answer page saves it, its refusals put in a script's terms: an answer saved by
 * someone else since the version sent is a 409 that gives the version now ({@link ChangedSinceException}), a rule the
 * answer breaks is a 422 on its field. Outside the controller, which leaves refusals to the web layer (RefusalRulesTests).
 */
final class ScriptAnswerSaving {

	private ScriptAnswerSaving() {
	}

	static Answering.Saved save(ConsultationManagement consultations, UUID id, String iso2, UUID questionId,
			Answering.AnswerInput input) {
		try {
			return consultations.save(id, iso2, questionId, input);
		}
		catch (AnswerConflict ex) {
			throw new ChangedSinceException("consultations.answer.changedSince", ex.current().getVersion());
		}
		catch (RefusedException ex) {
			String field = field(ex.messageKey());
			if (ex.kind() != RefusalKind.INVALID || field == null) {
				throw ex;
			}
			throw new InvalidInput(List.of(Mistake.inField(field, ex.messageKey(), ex.arguments())),
					"error.422.message");
		}
	}

	/** The field of the answer a refused save names: its scale, its choices or its text. */
	private static @Nullable String field(String key) {
		return switch (key) {
			case Answering.SCALE_RANGE -> "scale";
			case Answering.UNKNOWN_CHOICE -> "choices";
			case "consultations.answer.tooLong" -> "text";
			default -> null;
		};
	}
}

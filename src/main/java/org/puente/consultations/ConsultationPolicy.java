package org.puente.consultations;

import java.util.Optional;

import org.puente.accounts.AccountSummary;
import org.puente.accounts.Role;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;

/**
 * Who may do what with consultations: a secretariat (or an administrator) builds and sends them, and changes those
 * of its own conference; a country's focal points answer for their country.
 */
final class ConsultationPolicy {

	private ConsultationPolicy() {
	}

	/** The country this person answers consultations for: a focal point's own. */
	static Optional<String> answersFor(AccountSummary reader) {
		return reader.role() == Role.FOCAL_POINT ? Optional.ofNullable(reader.countryIso2()) : Optional.empty();
	}

	/** Whether this person builds and sends consultations (those of every conference listed on their home). */
	static boolean sends(AccountSummary reader) {
		return reader.role() == Role.SECRETARIAT || reader.isAdmin();
	}

	/** Only the secretariat of the conference that owns it (or an administrator) changes a consultation. */
	static boolean mayEdit(Consultation consultation, AccountSummary reader) {
		return reader.mayEditProcess(consultation.getOwnerProcess());
	}

	/** The consultation, if this person may change it; otherwise the refusal that names its conference. */
	static Consultation requireMayEdit(Consultation consultation, AccountSummary reader) {
		if (!mayEdit(consultation, reader)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "consultations.edit.otherConference",
					consultation.getOwnerProcess());
		}
		return consultation;
	}

	/**
	 * The consultation, if this person may close or reopen it (its conference's secretariat, or an administrator);
	 * otherwise a refusal that says who may, in the reader's language, rather than the bare 403 a role rule gives
	 * (walk of 5 Dec night #8: a focal point on the closing address read «Your account is not allowed to do this.»).
	 */
	static Consultation requireMayClose(Consultation consultation, AccountSummary reader) {
		if (!mayEdit(consultation, reader)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "consultations.close.forbidden",
					consultation.getOwnerProcess());
		}
		return consultation;
	}

	/**
	 * A focal point answers only for their own country: a script that names another one's response is refused with
	 * both countries named, in the reader's language (a focal point without a country answers for none).
	 */
	static void requireAnswersFor(AccountSummary reader, String iso2, java.util.Locale locale) {
		String own = answersFor(reader).orElseThrow(
				() -> new RefusedException(RefusalKind.FORBIDDEN, "consultations.answer.notFocalPoint"));
		if (!own.equalsIgnoreCase(iso2)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "consultations.answer.otherCountry",
					org.puente.directory.Countries.nameOf(own, locale),
					org.puente.directory.Countries.nameOf(iso2.toUpperCase(java.util.Locale.ROOT), locale));
		}
	}
}

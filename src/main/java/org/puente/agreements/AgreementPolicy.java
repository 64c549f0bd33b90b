package org.puente.agreements;

import java.util.Optional;

import org.puente.accounts.AccountSummary;
import org.puente.accounts.Role;

/**
 * For whom a person acts on agreements: a focal point for their country (and its pro tempore presidency while it
 * holds it), a secretariat for its conference's bodies; an administrator reports on every agreement.
 */
final class AgreementPolicy {

	private AgreementPolicy() {
	}

	/** The country a focal point acts for; empty for everyone else. */
	static Optional<String> countryActedFor(AccountSummary reader) {
		return reader.role() == Role.FOCAL_POINT ? Optional.ofNullable(reader.countryIso2()) : Optional.empty();
	}

	/** The conference a secretariat acts for; empty for everyone else. */
	static Optional<String> conferenceActedFor(AccountSummary reader) {
		return reader.role() == Role.SECRETARIAT ? Optional.ofNullable(reader.processCode()) : Optional.empty();
	}

	/** Whether this person reviews uploaded minutes (and follows the overdue agreements): secretariats, administrators. */
	static boolean reviewsMinutes(AccountSummary reader) {
		return reader.role() == Role.ADMIN || reader.role() == Role.SECRETARIAT;
	}

	/** Whether this person reports progress on the agreements their country is responsible for: a focal point. */
	static boolean reportsProgress(AccountSummary reader) {
		return reader.role() == Role.FOCAL_POINT;
	}
}

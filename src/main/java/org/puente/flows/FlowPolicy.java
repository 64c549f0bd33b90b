package org.puente.flows;

import java.util.Optional;

import org.puente.accounts.AccountSummary;
import org.puente.accounts.Role;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;

/**
 * Who may do what with flows: a focal point submits the counts of the country they represent and is told of its
 * alerts; secretariats and administrators submit for any country.
 */
final class FlowPolicy {

	private FlowPolicy() {
	}

	/** The person signed in; the flows pages that act ask anyone else to sign in. */
	static AccountSummary signedIn(Optional<AccountSummary> reader) {
		return reader.orElseThrow(() -> new RefusedException(RefusalKind.UNAUTHENTICATED, "flows.signIn"));
	}

	/** Focal points submit for the country they represent; secretariats and administrators for any. */
	static boolean maySubmitFor(String country, AccountSummary actor) {
		boolean mayAny = actor.role() == Role.ADMIN || actor.role() == Role.SECRETARIAT;
		return mayAny || actor.role() == Role.FOCAL_POINT && country.equals(actor.countryIso2());
	}

	/** Whether this account of a country is told of the country's alerts: its focal points are. */
	static boolean toldOfCountryAlerts(AccountSummary account) {
		return account.role() == Role.FOCAL_POINT;
	}

	/** The country's focal point, a secretariat or an administrator acknowledges an alert. */
	static boolean mayAcknowledge(AccountSummary actor, FlowAlerts.AlertView alert) {
		return actor.isSecretariatOrAdmin() || actor.isFocalPoint() && alert.country().equals(actor.countryIso2());
	}
}

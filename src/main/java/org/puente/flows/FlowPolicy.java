package org.puente.flows;

import org.puente.accounts.AccountSummary;
import org.puente.accounts.Role;

/**
 * Who may do what with flows: a focal point submits the counts of the country they represent and is told of its
 * alerts; secretariats and administrators submit for any country.
 */
final class FlowPolicy {

	private FlowPolicy() {
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

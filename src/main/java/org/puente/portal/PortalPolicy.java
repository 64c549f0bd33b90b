package org.puente.portal;

import org.puente.accounts.AccountSummary;
import org.puente.accounts.Role;

/** Who sees what of the portal on their own home: observers follow the recent public changes there. */
final class PortalPolicy {

	private PortalPolicy() {
	}

	/** Whether this person's home lists the recent changes: an observer's. */
	static boolean followsRecentChanges(AccountSummary reader) {
		return reader.role() == Role.OBSERVER;
	}
}

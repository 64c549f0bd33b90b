package org.puente.glossary;

import org.puente.accounts.AccountSummary;
import org.puente.accounts.Role;

/**
 * Who may do what with the glossary: the secretariats (and administrators) keep it and move the shared definitions
 * on; each secretariat records its own conference's agreement on a wording, an administrator either's.
 */
final class GlossaryPolicy {

	private GlossaryPolicy() {
	}

	/** Whether this person keeps the glossary (and sees the definitions waiting for them on their home). */
	static boolean keeps(AccountSummary reader) {
		return reader.role() == Role.SECRETARIAT || reader.isAdmin();
	}

	/** Whether this person may record a conference's agreement on a shared definition. */
	static boolean mayAgreeFor(String conference, AccountSummary reader) {
		return reader.isAdmin() || reader.role() == Role.SECRETARIAT && conference.equals(reader.processCode());
	}
}

package org.puente.accounts;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who an account is, as people read it, for pages that only hold the account's name ({@code ${@people.name(u)}}):
 * a record's "saved by" is kept as the account name (stable, and what the audit and the API give scripts), but a
 * person reads "Secretaría Técnica CRM" or a focal point's name, not "st-crm" (walk 7, #13: the conflict panel).
 * An account no longer there keeps its account name: it is all Puente knows of it.
 */
@Component("people")
public class People {

	private final Accounts accounts;

	People(Accounts accounts) {
		this.accounts = accounts;
	}

	/** The account's display name, else the account name itself; empty for none. */
	public String name(@Nullable String username) {
		if (username == null || username.isBlank()) {
			return "";
		}
		return accounts.byUsername(username).map(AccountSummary::displayName)
			.filter(name -> !name.isBlank())
			.orElse(username);
	}
}

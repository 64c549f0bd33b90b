package org.puente.accounts;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who an account is, as people read it, for pages that only hold the account's name ({@code ${@people.name(u)}}):
 * a record's "saved by" is kept as the account name (stable, and what the audit and the API give scripts), but a
 * person reads "Secretaría Técnica CRM" or a focal point's name, not "st-crm" (walk 7, #13: the conflict panel).
 * An account no longer there keeps its account name: it is all Puente knows of it. The one way of naming a person:
 * the consultations' "saved by" and "closed by" read it too, the country the answer is for only as a qualifier.
 */
@Component("people")
public class People {

	private final Accounts accounts;

	People(Accounts accounts) {
		this.accounts = accounts;
	}

	/** The account's display name (a person's name, when one was typed), else the account name; empty for none. */
	public String name(@Nullable String username) {
		if (username == null || username.isBlank()) {
			return "";
		}
		return accounts.byUsername(username).map(AccountSummary::displayName)
			.filter(name -> !name.isBlank())
			.orElse(username);
	}

	/**
	 * The same, qualified when Puente no longer knows the account by what the record is for, in the reader's words —
	 * a country's answer: "fp-panama-2019 (Panamá)". A known account's display name stands as it was typed (it names
	 * the person, or the role and its country). The qualifier never stands in for the name: it used to, and a page said
	 * a country saved an answer.
	 */
	public String name(@Nullable String username, @Nullable String qualifier) {
		String name = name(username);
		if (name.isEmpty() || !name.equals(username) || qualifier == null || qualifier.isBlank()) {
			return name;
		}
		return name + " (" + qualifier + ")";
	}
}

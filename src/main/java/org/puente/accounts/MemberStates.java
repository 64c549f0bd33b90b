package org.puente.accounts;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The countries an account may act for: the member states of a conference as the directory lists them. The
 * directory's door implements it (the directory already depends on this module, as for {@link PublicPaths}).
 */
public interface MemberStates {

	/**
	 * The ISO codes of the member states of this conference (CRM, CSM), or of both when it is null or blank,
	 * sorted by their names in the reader's language.
	 */
	List<String> memberStates(@Nullable String processCode, Locale locale);

	/**
	 * The one of Puente's languages a country's officials write in (Portuguese for Brazil, French for Haiti…), Spanish
	 * for none: a new account's language when the administrator chose none.
	 */
	String languageOf(@Nullable String iso2);
}

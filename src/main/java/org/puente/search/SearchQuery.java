package org.puente.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.puente.accounts.AccountSummary;

/**
 * What a person asked for: the words typed, the equivalents the glossary added ("also searched"), the reader (so
 * confidential material is filtered for them), the chosen facet values, and the page wanted.
 */
public record SearchQuery(String text, List<String> alsoSearched, Locale locale, Optional<AccountSummary> reader,
		Map<String, List<String>> filters, int offset, int limit) {

	public SearchQuery {
		alsoSearched = List.copyOf(alsoSearched);
		filters = Map.copyOf(filters);
	}

	/** All terms to look for: the typed text first, then its cross-language equivalents. */
	public List<String> allTerms() {
		var terms = new java.util.ArrayList<String>();
		terms.add(text);
		terms.addAll(alsoSearched);
		return terms;
	}
}

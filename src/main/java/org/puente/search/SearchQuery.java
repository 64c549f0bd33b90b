package org.puente.search;

import java.util.Locale;
import java.util.Optional;

import org.puente.accounts.AccountSummary;

/**
 * A search as asked: the parsed words, the typed filters, the reader (results are only what they may see), the
 * language they read in, and the page wanted (1 to {@link #MAX_PAGE}).
 */
public record SearchQuery(ParsedQuery text, SearchFilters filters, Locale locale, Optional<AccountSummary> reader,
		int page) {

	public static final int PAGE_SIZE = 20;

	/** Counts are exact up to this many results, then "more than" it; pages go no further. */
	public static final int COUNT_BOUND = 1_000;

	public static final int MAX_PAGE = COUNT_BOUND / PAGE_SIZE;

	public SearchQuery {
		if (page < 1 || page > MAX_PAGE) {
			throw new InvalidSearchException("search.badPage", MAX_PAGE);
		}
	}

	int offset() {
		return (page - 1) * PAGE_SIZE;
	}
}

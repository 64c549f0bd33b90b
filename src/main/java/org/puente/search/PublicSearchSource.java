package org.puente.search;

import java.util.Optional;
import java.util.Set;

import org.puente.accounts.AccountSummary;

/**
 * A source whose every entry everyone may read, signed in or not (confirmed agreements, glossary terms, accepted
 * practices): its entries keep the {@link SearchEntry#PUBLIC} audience, and every reader sees them.
 */
public abstract class PublicSearchSource extends SearchSource {

	protected PublicSearchSource(String type, Set<SearchFacet> facets) {
		super(type, facets);
	}

	@Override
	public final Set<String> audiences(Optional<AccountSummary> reader) {
		return Set.of(SearchEntry.PUBLIC);
	}

}

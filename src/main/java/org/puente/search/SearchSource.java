package org.puente.search;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.puente.accounts.AccountSummary;

/**
 * A capability's part of the one search box. The capability writes its {@link SearchEntry entries} through
 * {@link SearchEntries} in the same transaction as each change; this class tells search what they mean: which facets
 * they carry (a search filtering by any other facet leaves this source out), which audiences a reader may see, how
 * to label a kind, and every entry anew when the index has to be rebuilt from the capability's tables. A source
 * names its type and facets once, when it is made; they never change.
 */
public abstract class SearchSource {

	private final String type;

	private final Set<SearchFacet> facets;

	/**
	 * @param type the results' type, also the {@code type} facet's value: "document", "meeting", "agreement", "term"
	 * @param facets the facets (other than the type) every entry of this source carries a value for, or may
	 */
	protected SearchSource(String type, Set<SearchFacet> facets) {
		this.type = type;
		this.facets = Set.copyOf(facets);
	}

	/** The results' type, also the {@code type} facet's value. */
	public String type() {
		return type;
	}

	/** The facets (other than the type) every entry of this source carries a value for, or may. */
	public Set<SearchFacet> facets() {
		return facets;
	}

	/** The audiences (see {@link SearchEntry#audience()}) the reader may see; empty when none. */
	public abstract Set<String> audiences(Optional<AccountSummary> reader);

	/**
	 * Every entry, built from the capability's own tables; read in a transaction when the entries are rebuilt. The
	 * caller closes the stream.
	 */
	public abstract Stream<SearchEntry> entries();

	/** Raise it when the entries are built differently, so that existing ones are rebuilt at the next start. */
	public int generation() {
		return 1;
	}

	/**
	 * The message key naming a value of one of this source's facets (a kind, a thematic session), or empty when the
	 * value names itself.
	 */
	public Optional<String> labelKey(SearchFacet facet, String value) {
		return Optional.empty();
	}
}

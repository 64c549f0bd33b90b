package org.puente.search;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.puente.accounts.AccountSummary;

/**
 * A capability's part of the one search box. The capability writes its {@link SearchEntry entries} through
 * {@link SearchEntries} in the same transaction as each change; this interface tells search what they mean:
 * which facets they carry (a search filtering by any other facet leaves this source out), which audiences a reader
 * may see, how to label a kind, and every entry anew when the index has to be rebuilt from the capability's tables.
 */
public interface SearchSource {

	/** The results' type, also the {@code type} facet's value: "document", "meeting", "agreement", "term". */
	String type();

	/** The facets (other than the type) every entry of this source carries a value for, or may. */
	Set<SearchFacet> facets();

	/** The audiences (see {@link SearchEntry#audience()}) the reader may see; empty when none. */
	Set<String> audiences(Optional<AccountSummary> reader);

	/**
	 * Every entry, built from the capability's own tables; read in a transaction when the entries are rebuilt. The
	 * caller closes the stream.
	 */
	Stream<SearchEntry> entries();

	/** Raise it when the entries are built differently, so that existing ones are rebuilt at the next start. */
	default int generation() {
		return 1;
	}

	/**
	 * The message key naming a value of one of this source's facets (a kind, a thematic session), or empty when the
	 * value names itself.
	 */
	default Optional<String> labelKey(SearchFacet facet, String value) {
		return Optional.empty();
	}
}

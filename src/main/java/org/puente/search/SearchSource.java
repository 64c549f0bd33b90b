package org.puente.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A capability's contribution to the one search box. Implementations must return only what the query's reader may
 * see, and rank with PostgreSQL full-text search so ranks are comparable across sources.
 */
public interface SearchSource {

	/** A short name for the kind of results, also a facet value: "document", "meeting", "agreement", "term". */
	String kind();

	/** Up to {@code query.offset() + query.limit()} best hits; the search page merges and pages them. */
	List<SearchHit> search(SearchQuery query);

	/**
	 * The total and the facet counts over all matches (not only one page). The default counts the best thousand
	 * hits; a source that can count in SQL should override it.
	 */
	default SearchCounts count(SearchQuery query) {
		List<SearchHit> hits = search(new SearchQuery(query.text(), query.alsoSearched(), query.locale(),
				query.reader(), query.filters(), 0, 1000));
		Map<String, Map<String, Long>> facets = new HashMap<>();
		for (SearchHit hit : hits) {
			hit.facets().forEach((facet, values) -> values.forEach(value -> facets
				.computeIfAbsent(facet, f -> new HashMap<>())
				.merge(value, 1L, Long::sum)));
		}
		return new SearchCounts(hits.size(), facets);
	}

	/**
	 * A corrected spelling of the query when it looks mistyped ("migrantse" → "migrantes"), taken only from words
	 * the reader may see; empty when the source has no opinion.
	 */
	default Optional<String> suggestion(SearchQuery query) {
		return Optional.empty();
	}
}

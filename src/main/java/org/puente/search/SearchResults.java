package org.puente.search;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One page of merged results: the hits of every source ranked together, exact totals and facet counts, the
 * cross-language equivalents that were also searched, and a spelling correction when one helped.
 * @param correctedFrom the text the person typed when the results shown are for {@code text} instead
 */
record SearchResults(String text, long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets,
		List<String> alsoSearched, @Nullable String didYouMean, @Nullable String correctedFrom, int page,
		int pageSize) {

	public int pages() {
		return (int) Math.max(1, (total + pageSize - 1) / pageSize);
	}

	public boolean hasNext() {
		return page < pages();
	}

	public boolean hasPrevious() {
		return page > 1;
	}
}

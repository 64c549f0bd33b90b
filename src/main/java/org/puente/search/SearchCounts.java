package org.puente.search;

import java.util.Map;

/**
 * How many results a source has for a query in all, and per facet value (facet name → value → count), so the
 * search page can show exact counts without fetching every hit.
 */
public record SearchCounts(long total, Map<String, Map<String, Long>> facets) {

	public SearchCounts {
		facets = Map.copyOf(facets);
	}
}

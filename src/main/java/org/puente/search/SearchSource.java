package org.puente.search;

import java.util.List;

/**
 * A capability's contribution to the one search box. Implementations must return only what the query's reader may
 * see, and rank with PostgreSQL full-text search so ranks are comparable across sources.
 */
public interface SearchSource {

	/** A short name for the kind of results, also a facet value: "document", "meeting", "agreement", "term". */
	String kind();

	/** Up to {@code query.offset() + query.limit()} best hits; the search page merges and pages them. */
	List<SearchHit> search(SearchQuery query);
}

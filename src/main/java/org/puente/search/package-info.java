/**
 * One search box over everything Puente holds: each capability writes its {@link org.puente.search.SearchEntry
 * entries} through {@link org.puente.search.SearchEntries} and describes them as a
 * {@link org.puente.search.SearchSource}; the index (Hibernate Search on Lucene, see docs/search.md), the page and
 * the API live here.
 */
@org.jspecify.annotations.NullMarked
package org.puente.search;

/**
 * One search box over everything Puente holds. Each capability contributes its own results through
 * {@link org.puente.search.SearchSource}; the glossary widens queries across languages through
 * {@link org.puente.search.QueryExpansion}. The search page and API live here.
 */
@org.jspecify.annotations.NullMarked
package org.puente.search;

package org.puente.search;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The chosen facet values, typed: several values of one facet widen (any of them), several facets narrow (all of
 * them). {@link #of} reads them from request parameters and refuses a malformed value with a clear message; a
 * well-formed value that nothing has (an unknown kind) simply finds nothing.
 */
public record SearchFilters(Set<String> types, Set<String> kinds, Set<String> processes, Set<Integer> sessions,
		Set<Integer> objectives, Set<Integer> years, Set<String> languages) {

	public static final SearchFilters NONE = new SearchFilters(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
			Set.of(), Set.of());

	/** At most this many values per facet: a reader picks a few, never hundreds. */
	public static final int MAX_VALUES = 30;

	public SearchFilters {
		types = Set.copyOf(types);
		kinds = Set.copyOf(kinds);
		processes = Set.copyOf(processes);
		sessions = Set.copyOf(sessions);
		objectives = Set.copyOf(objectives);
		years = Set.copyOf(years);
		languages = Set.copyOf(languages);
	}

	/** The filters among request parameters (other parameters are not filters and are left alone). */
	public static SearchFilters of(Map<String, ? extends Collection<String>> parameters) {
		Map<SearchFacet, Set<String>> chosen = new EnumMap<>(SearchFacet.class);
		for (SearchFacet facet : SearchFacet.values()) {
			Set<String> values = new TreeSet<>();
			Collection<String> given = parameters.get(facet.parameter());
			for (String value : given == null ? List.<String>of() : given) {
				String v = value.strip();
				if (v.isEmpty()) {
					continue;
				}
				if (!facet.accepts(v)) {
					throw new InvalidSearchException("search.badFilter", facet.parameter());
				}
				values.add(v);
			}
			if (values.size() > MAX_VALUES) {
				throw new InvalidSearchException("search.badFilter", facet.parameter());
			}
			chosen.put(facet, values);
		}
		return new SearchFilters(chosen.get(SearchFacet.TYPE), chosen.get(SearchFacet.KIND),
				chosen.get(SearchFacet.PROCESS), ints(chosen.get(SearchFacet.SESSION)),
				ints(chosen.get(SearchFacet.OBJECTIVE)), ints(chosen.get(SearchFacet.YEAR)),
				chosen.get(SearchFacet.LANG));
	}

	/** The active filters other than the type, as the index holds their values. */
	public Map<SearchFacet, Set<String>> active() {
		Map<SearchFacet, Set<String>> active = new EnumMap<>(SearchFacet.class);
		put(active, SearchFacet.KIND, kinds);
		put(active, SearchFacet.PROCESS, processes);
		put(active, SearchFacet.SESSION, sessions);
		put(active, SearchFacet.OBJECTIVE, objectives);
		put(active, SearchFacet.YEAR, years);
		put(active, SearchFacet.LANG, languages);
		return active;
	}

	/** Every chosen value, type included, facet by facet (to keep them in links and forms). */
	public Map<String, Set<String>> asParameters() {
		Map<String, Set<String>> all = new java.util.LinkedHashMap<>();
		if (!types.isEmpty()) {
			all.put(SearchFacet.TYPE.parameter(), new TreeSet<>(types));
		}
		active().forEach((facet, values) -> all.put(facet.parameter(), values));
		return all;
	}

	public boolean isChosen(String parameter, String value) {
		return asParameters().getOrDefault(parameter, Set.of()).contains(value);
	}

	private static void put(Map<SearchFacet, Set<String>> active, SearchFacet facet, Set<?> values) {
		if (!values.isEmpty()) {
			Set<String> strings = new LinkedHashSet<>();
			values.stream().map(String::valueOf).sorted().forEach(strings::add);
			active.put(facet, strings);
		}
	}

	private static Set<Integer> ints(Set<String> values) {
		Set<Integer> ints = new TreeSet<>();
		values.forEach(v -> ints.add(Integer.valueOf(v)));
		return ints;
	}
}

package org.puente.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.web.RefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The one search box: asks every {@link SearchSource} (documents now; meetings, agreements and glossary terms as
 * they arrive), merges their hits by rank, adds up their counts, and widens the query with the equivalents every
 * {@link QueryExpansion} offers. When there are few results it asks the sources for a corrected spelling: with no
 * result at all it shows the corrected search, otherwise it offers it as "did you mean".
 */
@Service
class Search {

	private static final Logger LOG = LoggerFactory.getLogger(Search.class);

	static final int PAGE_SIZE = 20;

	static final int MAX_QUERY = 300;

	static final Set<String> FACETS = Set.of("type", "kind", "process", "session", "objective", "year", "lang");

	private final List<SearchSource> sources;

	private final List<QueryExpansion> expansions;

	Search(List<SearchSource> sources, List<QueryExpansion> expansions) {
		this.sources = sources;
		this.expansions = expansions;
	}

	SearchResults search(@Nullable String text, Locale locale, Optional<AccountSummary> reader,
			Map<String, List<String>> filters, int page) {
		String typed = text == null ? "" : text.strip();
		if (typed.isEmpty()) {
			throw new RefusedException(HttpStatus.BAD_REQUEST, "search.empty");
		}
		if (typed.length() > MAX_QUERY) {
			throw new RefusedException(HttpStatus.BAD_REQUEST, "search.tooLong", MAX_QUERY);
		}
		if (page < 1 || page > 500) {
			throw new RefusedException(HttpStatus.BAD_REQUEST, "search.badPage");
		}
		validate(filters);
		SearchResults results = run(typed, locale, reader, filters, page, null);
		if (results.total() < 3) {
			Optional<String> better = suggestion(typed, locale, reader, filters);
			if (better.isPresent()) {
				if (results.total() == 0) {
					SearchResults corrected = run(better.get(), locale, reader, filters, page, typed);
					if (corrected.total() > 0) {
						return corrected;
					}
				}
				return new SearchResults(results.text(), results.total(), results.hits(), results.facets(),
						results.alsoSearched(), better.get(), null, page, PAGE_SIZE);
			}
		}
		return results;
	}

	private SearchResults run(String text, Locale locale, Optional<AccountSummary> reader,
			Map<String, List<String>> filters, int page, @Nullable String correctedFrom) {
		List<String> also = expand(text, locale);
		int offset = (page - 1) * PAGE_SIZE;
		SearchQuery query = new SearchQuery(text, also, locale, reader, filters, offset, PAGE_SIZE);
		SearchQuery window = new SearchQuery(text, also, locale, reader, filters, 0, offset + PAGE_SIZE);
		List<SearchHit> hits = new ArrayList<>();
		long total = 0;
		Map<String, Map<String, Long>> facets = new TreeMap<>();
		for (SearchSource source : sources) {
			try {
				hits.addAll(source.search(window));
				SearchCounts counts = source.count(query);
				total += counts.total();
				counts.facets().forEach((facet, values) -> values.forEach((value, n) -> facets
					.computeIfAbsent(facet, f -> new TreeMap<>())
					.merge(value, n, Long::sum)));
			}
			catch (DataAccessException ex) {
				// a query the database refuses (odd operators, a malformed filter) is the reader's mistake, not ours
				LOG.info("Search source {} refused \"{}\": {}", source.kind(), text, ex.getMostSpecificCause().getMessage());
				throw new RefusedException(HttpStatus.BAD_REQUEST, "search.invalid");
			}
		}
		hits.sort(Comparator.comparingDouble(SearchHit::rank).reversed());
		List<SearchHit> pageHits = hits.subList(Math.min(offset, hits.size()), Math.min(offset + PAGE_SIZE,
				hits.size()));
		return new SearchResults(text, total, List.copyOf(pageHits), facets, also, null, correctedFrom, page,
				PAGE_SIZE);
	}

	private Optional<String> suggestion(String text, Locale locale, Optional<AccountSummary> reader,
			Map<String, List<String>> filters) {
		SearchQuery query = new SearchQuery(text, List.of(), locale, reader, filters, 0, PAGE_SIZE);
		for (SearchSource source : sources) {
			Optional<String> better = source.suggestion(query).filter(s -> !s.equalsIgnoreCase(text));
			if (better.isPresent()) {
				return better;
			}
		}
		return Optional.empty();
	}

	private List<String> expand(String text, Locale locale) {
		Set<String> also = new LinkedHashSet<>();
		for (QueryExpansion expansion : expansions) {
			try {
				expansion.equivalents(text, locale).stream()
					.filter(t -> t != null && !t.isBlank() && !t.equalsIgnoreCase(text))
					.forEach(also::add);
			}
			catch (RuntimeException ex) {
				LOG.warn("A query expansion failed for \"{}\"; searching without it", text, ex);
			}
		}
		return List.copyOf(also);
	}

	private static void validate(Map<String, List<String>> filters) {
		for (var entry : filters.entrySet()) {
			if (!FACETS.contains(entry.getKey())) {
				throw new RefusedException(HttpStatus.BAD_REQUEST, "search.invalid");
			}
			for (String value : entry.getValue()) {
				boolean numeric = Set.of("session", "objective", "year").contains(entry.getKey());
				if (value.length() > 40 || (numeric && !value.matches("\\d{1,4}"))) {
					throw new RefusedException(HttpStatus.BAD_REQUEST, "search.invalid");
				}
			}
		}
	}

	/** The chosen filter values from request parameters, leaving out empty ones. */
	static Map<String, List<String>> filters(Map<String, List<String>> parameters) {
		Map<String, List<String>> filters = new LinkedHashMap<>();
		for (String facet : FACETS) {
			List<String> values = parameters.getOrDefault(facet, List.of()).stream().filter(v -> !v.isBlank()).toList();
			if (!values.isEmpty()) {
				filters.put(facet, values);
			}
		}
		return filters;
	}
}

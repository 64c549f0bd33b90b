package org.puente.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Walk 9's query set ({@code search/query-set.tsv}): subjects written in Puente's four languages, each asked in
 * every language, and what each query should find — every entry an anonymous reader may see whose title or text
 * holds one of the subject's word forms, read from {@code search_entry} itself, so the expectation follows the data
 * and not the engine. {@link #measure} runs each query as the search page does (all pages) and counts what it found
 * of that, and the rank of the first relevant result; {@link #table} prints it by query and by language.
 */
final class QuerySet {

	record Query(String subject, String language, String text) {
	}

	/** One query's outcome: expected, found of those, all results, rank of the first relevant one (0: none). */
	record Outcome(Query query, int expected, int found, long results, int firstRank) {
	}

	final Map<String, Pattern> subjects = new LinkedHashMap<>();

	final List<Query> queries = new ArrayList<>();

	static QuerySet read() {
		QuerySet set = new QuerySet();
		try (InputStream in = QuerySet.class.getResourceAsStream("/search/query-set.tsv")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t");
				if (cells[0].equals("subject")) {
					set.subjects.put(cells[1], Pattern.compile("(?<![\\p{L}\\p{N}])(" + cells[2] + ")(?![\\p{L}\\p{N}])",
							Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
				}
				else {
					set.queries.add(new Query(cells[1], cells[2], cells[3]));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return set;
	}

	/** The keys of the entries an anonymous reader may see that each subject should find. */
	Map<String, Set<String>> expected(JdbcTemplate jdbc, List<SearchSource> sources) {
		Map<String, Set<String>> visible = new TreeMap<>();
		for (SearchSource source : sources) {
			visible.computeIfAbsent(source.type(), t -> new LinkedHashSet<>()).addAll(source.audiences(Optional.empty()));
		}
		Map<String, Set<String>> expected = new LinkedHashMap<>();
		subjects.keySet().forEach(s -> expected.put(s, new LinkedHashSet<>()));
		jdbc.query("select id, type, audience, concat_ws(' ', title_es, title_en, title_pt, title_fr, text_es, text_en,"
				+ " text_pt, text_fr) as words from search_entry where not deleted", row -> {
					if (!visible.getOrDefault(row.getString("type"), Set.of()).contains(row.getString("audience"))) {
						return;
					}
					String id = row.getString("id");
					String words = row.getString("words");
					subjects.forEach((subject, pattern) -> {
						if (pattern.matcher(words).find()) {
							expected.get(subject).add(id);
						}
					});
				});
		return expected;
	}

	List<Outcome> measure(Search search, Map<String, Set<String>> expected) {
		List<Outcome> outcomes = new ArrayList<>();
		for (Query query : queries) {
			Set<String> relevant = expected.get(query.subject());
			int found = 0;
			int first = 0;
			int rank = 0;
			long results = 0;
			for (int page = 1; page <= SearchQuery.MAX_PAGE; page++) {
				SearchResults answer = search.search(new SearchQuery(SearchQueryParser.parse(query.text()),
						SearchFilters.NONE, Locale.forLanguageTag(query.language()), Optional.empty(), page));
				results = answer.total().value();
				for (SearchResults.Hit hit : answer.hits()) {
					rank++;
					if (relevant.contains(SearchEntry.key(hit.type(), hit.id()))) {
						found++;
						if (first == 0) {
							first = rank;
						}
					}
				}
				if (answer.hits().size() < SearchQuery.PAGE_SIZE) {
					break;
				}
			}
			outcomes.add(new Outcome(query, relevant.size(), found, results, first));
		}
		return outcomes;
	}

	/** The outcomes by query, then by language: found/expected, results, first relevant rank and its mean. */
	static String table(List<Outcome> outcomes) {
		StringBuilder table = new StringBuilder(String.format("%-12s %-4s %-26s %14s %8s %6s%n", "subject", "lang",
				"query", "found/expected", "results", "first"));
		for (Outcome o : outcomes) {
			table.append(String.format("%-12s %-4s %-26s %14s %8d %6s%n", o.query().subject(), o.query().language(),
					o.query().text(), o.found() + "/" + o.expected(), o.results(), o.firstRank() == 0 ? "-" : o.firstRank()));
		}
		table.append(String.format("%n%-6s %14s %8s %16s %8s%n", "lang", "found/expected", "recall", "mean first rank",
				"misses"));
		Map<String, List<Outcome>> byLanguage = new TreeMap<>();
		outcomes.forEach(o -> byLanguage.computeIfAbsent(o.query().language(), l -> new ArrayList<>()).add(o));
		byLanguage.put("all", outcomes);
		byLanguage.forEach((language, some) -> {
			int found = some.stream().mapToInt(Outcome::found).sum();
			int expected = some.stream().mapToInt(Outcome::expected).sum();
			double meanFirst = some.stream().filter(o -> o.firstRank() > 0).mapToInt(Outcome::firstRank).average()
				.orElse(0);
			long misses = some.stream().filter(o -> o.firstRank() == 0).count();
			table.append(String.format(Locale.ROOT, "%-6s %14s %8.3f %16.2f %8d%n", language, found + "/" + expected,
					expected == 0 ? 0 : (double) found / expected, meanFirst, misses));
		});
		return table.toString();
	}
}

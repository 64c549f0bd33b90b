package org.puente.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.puente.PuenteApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where a search's time goes with and without the glossary's synonym graph, on the demo data and the query set
 * (search12). Not a test: it asserts nothing, so it has a {@code main} rather than a {@code @Test} (an IDE's "run all"
 * booted a context for it and it could not fail). Run it with {@code bench/search/timing.sh [rounds]} and read what
 * it prints; it boots the application with the tests' profile (embedded PostgreSQL, demo data) in a data directory of
 * its own, so a test run in the same worktree is not cleaned from under it.
 */
final class QueryPreparationTiming {

	private final org.puente.search.Search search;

	private final EntryIndex index;

	private final EntityManagerFactory entityManagers;

	private final List<SearchSource> sources;

	private QueryPreparationTiming(ConfigurableApplicationContext context) {
		this.search = context.getBean(org.puente.search.Search.class);
		this.index = context.getBean(EntryIndex.class);
		this.entityManagers = context.getBean(EntityManagerFactory.class);
		this.sources = List.copyOf(context.getBeansOfType(SearchSource.class).values());
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 0) {
			System.setProperty("timing.rounds", args[0]);
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PuenteApplication.class)
			.profiles("test")
			// arguments, which win over application-test.properties (defaults would not); any free port, no jobs
			// timed alongside the searches
			.run("--puente.db.data-dir=target/timing-data", "--server.port=0", "--puente.scheduler.enabled=false")) {
			new QueryPreparationTiming(context).printWhereTheTimeGoes();
		}
	}

	private void printWhereTheTimeGoes() throws Exception {
		List<QuerySet.Query> queries = QuerySet.read().queries;
		int rounds = Integer.getInteger("timing.rounds", 30);
		List<Long> on = new ArrayList<>();
		List<Long> off = new ArrayList<>();
		for (int round = 0; round < rounds + 5; round++) {
			for (QuerySet.Query query : queries) {
				boolean first = (round % 2) == 0;
				for (boolean equivalents : new boolean[] { first, !first }) {
					index.useEquivalents(equivalents);
					long start = System.nanoTime();
					search.search(new SearchQuery(SearchQueryParser.parse(query.text()), SearchFilters.NONE,
							Locale.forLanguageTag(query.language()), Optional.empty(), 1));
					long took = System.nanoTime() - start;
					if (round >= 5) {
						(equivalents ? on : off).add(took);
					}
				}
			}
		}
		index.useEquivalents(true);
		System.out.println("TIMING whole search, with the synonym graph: " + summary(on));
		System.out.println("TIMING whole search, without it:            " + summary(off));
		var scope = Search.mapping(entityManagers).scope(IndexedEntry.class).extension(LuceneExtension.get());
		List<Long> thesaurus = new ArrayList<>();
		List<Long> text = new ArrayList<>();
		List<Long> expands = new ArrayList<>();
		try (IndexReader reader = scope.openIndexReader()) {
			for (var leaf : reader.leaves()) {
				System.out.println("TIMING leaf " + leaf.reader().getClass().getName() + " cache helper "
						+ leaf.reader().getReaderCacheHelper());
			}
			for (int round = 0; round < rounds + 5; round++) {
				for (QuerySet.Query query : queries) {
					long start = System.nanoTime();
					Thesaurus read = index.thesaurus(reader);
					long middle = System.nanoTime();
					ParsedQuery parsed = SearchQueryParser.parse(query.text());
					IndexQueries.text(new EntryIndex.Request(parsed, List.of(), List.of(), Map.of(), Set.of(), 0, 20, false,
							query.language()), read);
					long end = System.nanoTime();
					read.expands(query.text());
					long last = System.nanoTime();
					if (round >= 5) {
						thesaurus.add(middle - start);
						text.add(end - middle);
						expands.add(last - end);
					}
				}
			}
		}
		System.out.println("TIMING EntryIndex.thesaurus(reader):      " + summary(thesaurus));
		System.out.println("TIMING IndexQueries.text (with widened):  " + summary(text));
		System.out.println("TIMING Thesaurus.expands:                 " + summary(expands));
		List<Long> fresh = new ArrayList<>();
		try (IndexReader reader = scope.openIndexReader()) {
			for (int round = 0; round < 10; round++) {
				long start = System.nanoTime();
				Thesaurus.of(Thesaurus.groups(reader));
				fresh.add(System.nanoTime() - start);
			}
		}
		System.out.println("TIMING Thesaurus.of(groups) (a build):    " + summary(fresh));
		List<EntryIndex.Visible> visible = sources.stream()
			.map(source -> new EntryIndex.Visible(source.type(), source.audiences(Optional.empty())))
			.filter(v -> !v.audiences().isEmpty())
			.toList();
		for (boolean equivalents : new boolean[] { true, false }) {
			index.useEquivalents(equivalents);
			List<Long> prepare = new ArrayList<>();
			List<Long> run = new ArrayList<>();
			List<Long> rewrites = new ArrayList<>();
			long hits = 0;
			long clauses = 0;
			try (IndexReader reader = scope.openIndexReader()) {
				org.apache.lucene.search.IndexSearcher searcher = new org.apache.lucene.search.IndexSearcher(reader);
				for (int round = 0; round < rounds + 5; round++) {
					for (QuerySet.Query query : queries) {
						EntryIndex.Request request = new EntryIndex.Request(SearchQueryParser.parse(query.text()), List.of(),
								visible, Map.of(), Set.of(), 0, 20, true, query.language());
						org.apache.lucene.search.Query filtered = IndexQueries.filtered(
								IndexQueries.text(request, index.thesaurus(reader)), request);
						long start = System.nanoTime();
						org.apache.lucene.search.Query rewritten = searcher.rewrite(filtered);
						long rewriting = System.nanoTime() - start;
						searcher.createWeight(rewritten, org.apache.lucene.search.ScoreMode.COMPLETE, 1f);
						long middle = System.nanoTime();
						org.apache.lucene.search.TopDocs top = searcher.search(filtered,
								new org.apache.lucene.search.TopScoreDocCollectorManager(SearchQuery.COUNT_BOUND,
										SearchQuery.COUNT_BOUND));
						long end = System.nanoTime();
						if (round >= 5) {
							String name = (equivalents ? "on  " : "off ") + query.language() + " " + query.text();
							PER_QUERY.merge(name, middle - start, Long::sum);
							prepare.add(middle - start);
							rewrites.add(rewriting);
							run.add(end - middle);
							if (round == 5) {
								hits += top.totalHits.value;
								java.util.Set<org.apache.lucene.index.Term> terms = new java.util.HashSet<>();
								rewritten.visit(org.apache.lucene.search.QueryVisitor.termCollector(terms));
								clauses += terms.size();
								TERMS.put(name, terms.size() + " terms, " + rewritten.toString().length() + " chars");
							}
						}
					}
				}
			}
			System.out.println("TIMING " + (equivalents ? "with   " : "without") + " rewrite+weight: " + summary(prepare)
					+ "; of which rewrite: " + summary(rewrites) + "; whole Lucene search: " + summary(run) + "; hits "
					+ hits + ", terms " + clauses);
		}
		index.useEquivalents(true);
		PER_QUERY.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(14)
			.forEach(e -> System.out.println("TIMING slowest " + e.getKey() + ": " + e.getValue() / 1e6 / rounds + " ms, "
					+ TERMS.get(e.getKey())));
	}

	static final Map<String, Long> PER_QUERY = new java.util.HashMap<>();

	static final Map<String, String> TERMS = new java.util.HashMap<>();

	static String summary(List<Long> nanos) {
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
		return String.format(Locale.ROOT, "n %d, p50 %.3f ms, p90 %.3f ms, mean %.3f ms", sorted.length,
				sorted[sorted.length / 2] / 1e6, sorted[sorted.length * 9 / 10] / 1e6, mean);
	}
}

package org.puente.search;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.puente.PuenteApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Search at scale, run with {@code ./puente bench search [N] [queries]} (not a test): N documents in four languages
 * (see {@link BenchCorpus}), then, for an anonymous reader, the latency of what the search page asks for — one page
 * of 20 ranked hits with highlighted snippets, the total and every facet's counts — next to a plain Lucene index of
 * the same documents measured in the same run (see {@link PlainLucene}); relevance (nDCG@10 and precision@10) on the
 * judged queries for both; and the time the API takes to answer bad input.
 */
public final class SearchBench {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private SearchBench() {
	}

	public static void main(String[] args) throws Exception {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int queries = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
		Path folder = Path.of("target/bench-search").toAbsolutePath();
		// system properties, so they win over application.properties
		Map.of("puente.db.data-dir", folder.resolve("db").toString(), "puente.db.clean-on-start", "false",
				"puente.demo.enabled", "false", "puente.scheduler.enabled", "false", "server.port", "0",
				"puente.search.index-dir", folder.resolve("index").toString(), "logging.level.root", "WARN",
				"logging.level.org.puente", "WARN").forEach(System::setProperty);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PuenteApplication.class).run()) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			long before = jdbc.queryForObject("select count(*) from search_entry", Long.class);
			BenchCorpus.generate(jdbc, n);
			if (jdbc.queryForObject("select count(*) from search_entry", Long.class) != before) {
				app.getBean(IndexFollower.class).rebuildIndex();
			}
			if (BenchCorpus.plant(jdbc, BenchCorpus.HELD_OUT) > 0) {
				app.getBean(IndexFollower.class).catchUp();
				deleteRecursively(folder.resolve("lucene"));
			}
			Files.createDirectories(folder.resolve("lucene"));
			try (PlainLucene lucene = new PlainLucene(folder.resolve("lucene"), jdbc)) {
				measure(app, lucene, jdbc, queries);
			}
		}
	}

	private static void measure(ConfigurableApplicationContext app, PlainLucene lucene, JdbcTemplate jdbc,
			int queries) throws Exception {
		Search search = app.getBean(Search.class);
		Random random = new Random(2017);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < queries; i++) {
			texts.add(BenchCorpus.query(random));
		}
		// warm-up of both, then measured runs of both on the same queries
		for (String text : texts.subList(0, Math.min(100, texts.size()))) {
			puente(search, text);
			lucene.search(text);
		}
		double[] puenteMs = new double[texts.size()];
		double[] luceneMs = new double[texts.size()];
		for (int i = 0; i < texts.size(); i++) {
			long start = System.nanoTime();
			puente(search, texts.get(i));
			puenteMs[i] = (System.nanoTime() - start) / 1e6;
			start = System.nanoTime();
			lucene.search(texts.get(i));
			luceneMs[i] = (System.nanoTime() - start) / 1e6;
		}
		long documents = jdbc.queryForObject("select count(*) from search_entry where not deleted", Long.class);
		System.out.printf("%ndocuments: %d in es/en/pt/fr, queries: %d (1-3 domain words, half without accents), "
				+ "anonymous reader%n", documents, texts.size());
		System.out.printf("Puente (page of 20 with snippets + total + 7 facets): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
				percentile(puenteMs, 50), percentile(puenteMs, 95), percentile(puenteMs, 99));
		System.out.printf("plain Lucene (top 20 + total + 7 facets):              p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
				percentile(luceneMs, 50), percentile(luceneMs, 95), percentile(luceneMs, 99));
		System.out.printf("ratio Puente/Lucene: p50 %.2f, p95 %.2f%n", percentile(puenteMs, 50) / percentile(luceneMs, 50),
				percentile(puenteMs, 95) / percentile(luceneMs, 95));
		System.out.printf("goal p50 < 10 ms: %s; p95 < 30 ms: %s%n", percentile(puenteMs, 50) < 10 ? "met" : "NOT met",
				percentile(puenteMs, 95) < 30 ? "met" : "NOT met");
		if (System.getProperty("bench.profile") != null) {
			profile(app.getBean(EntryIndex.class), texts);
			return;
		}
		relevance(search, lucene, "development set (looked at while tuning)", BenchCorpus.JUDGED);
		relevance(search, lucene, "held-out set (never tuned on)", BenchCorpus.HELD_OUT);
		badInput(app);
	}

	private static void relevance(Search search, PlainLucene lucene, String name, List<BenchCorpus.Judged> set)
			throws Exception {
		Map<String, Map<String, Integer>> judgments = BenchCorpus.judgments(set);
		double[] puente = new double[2];
		double[] plain = new double[2];
		System.out.printf("%n%s%njudged query                   nDCG@10 Puente / Lucene   P@10 Puente / Lucene%n", name);
		for (var judged : judgments.entrySet()) {
			List<String> found = puente(search, judged.getKey()).hits().stream()
				.map(h -> h.type() + ":" + h.id()).toList();
			List<String> baseline = lucene.search(judged.getKey());
			double[] p = { ndcg(found, judged.getValue()), precision(found, judged.getValue()) };
			double[] l = { ndcg(baseline, judged.getValue()), precision(baseline, judged.getValue()) };
			System.out.printf("%-30s %5.2f / %5.2f            %4.1f / %4.1f%n", judged.getKey(), p[0], l[0], p[1], l[1]);
			for (int i = 0; i < 2; i++) {
				puente[i] += p[i] / judgments.size();
				plain[i] += l[i] / judgments.size();
			}
		}
		System.out.printf("mean over %d judged queries: nDCG@10 Puente %.3f, Lucene %.3f (ratio %.2f); "
				+ "P@10 Puente %.3f, Lucene %.3f (ratio %.2f)%n", judgments.size(), puente[0], plain[0],
				puente[0] / plain[0], puente[1], plain[1], puente[1] / plain[1]);
	}

	/** Where Puente's time goes: the same queries without facets, without snippets, without both. */
	private static void profile(EntryIndex index, List<String> texts) {
		List<EntryIndex.Visible> anonymous = List.of(new EntryIndex.Visible("document", java.util.Set.of("PUBLIC")));
		java.util.Set<SearchFacet> all = java.util.EnumSet.allOf(SearchFacet.class);
		for (String variant : List.of("full", "no facets", "no snippets", "neither", "full")) {
			double[] ms = new double[texts.size()];
			for (int i = 0; i < texts.size(); i++) {
				long start = System.nanoTime();
				index.search(new EntryIndex.Request(SearchQueryParser.parse(texts.get(i)), List.of(), anonymous, Map.of(),
						variant.equals("full") || variant.equals("no snippets") ? all : java.util.Set.of(), 0, 20,
						variant.equals("full") || variant.equals("no facets"), null));
				ms[i] = (System.nanoTime() - start) / 1e6;
			}
			System.out.printf("%-12s p50 %.1f ms, p95 %.1f ms%n", variant, percentile(ms, 50), percentile(ms, 95));
		}
	}

	private static SearchResults puente(Search search, String text) {
		return search.search(new SearchQuery(SearchQueryParser.parse(text), SearchFilters.NONE, SPANISH,
				Optional.empty(), 1));
	}

	static double ndcg(List<String> ranked, Map<String, Integer> grades) {
		double dcg = 0;
		for (int i = 0; i < Math.min(10, ranked.size()); i++) {
			dcg += (Math.pow(2, grades.getOrDefault(ranked.get(i), 0)) - 1) / (Math.log(i + 2) / Math.log(2));
		}
		List<Integer> ideal = grades.values().stream().sorted((a, b) -> b - a).toList();
		double idcg = 0;
		for (int i = 0; i < Math.min(10, ideal.size()); i++) {
			idcg += (Math.pow(2, ideal.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
		}
		return dcg / idcg;
	}

	static double precision(List<String> ranked, Map<String, Integer> grades) {
		return ranked.stream().limit(10).filter(grades::containsKey).count() / 10.0;
	}

	/** Each bad request 20 times through the HTTP API: its status, and the slowest and the median answer. */
	private static void badInput(ConfigurableApplicationContext app) throws Exception {
		String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port") + "/api/v1/search?";
		Map<String, String> cases = new LinkedHashMap<>();
		cases.put("10,000-character query", "q=" + enc("migración ".repeat(1000)));
		cases.put("only operators", "q=" + enc("- | ( ) * ~ + or OR \"\" -"));
		cases.put("unbalanced quotes", "q=" + enc("\"trata de personas"));
		cases.put("every filter at once", "q=migrantes&type=document&type=meeting&kind=FINAL_ACT&process=CRM&session=3"
				+ "&objective=23&year=2017&language=es");
		cases.put("page=-1", "q=migrantes&page=-1");
		cases.put("page=999999", "q=migrantes&page=999999");
		cases.put("unknown facet value", "q=migrantes&kind=NO_SUCH_KIND");
		cases.put("malformed facet value", "q=migrantes&session=" + enc("1; drop table x"));
		HttpClient http = HttpClient.newHttpClient();
		System.out.printf("%nbad input (HTTP API, 20 times each after one)  status   median    slowest%n");
		for (var c : cases.entrySet()) {
			http.send(HttpRequest.newBuilder(URI.create(base + c.getValue())).build(),
					HttpResponse.BodyHandlers.ofString());
			double[] ms = new double[20];
			HttpResponse<String> answer = null;
			for (int i = 0; i < ms.length; i++) {
				long start = System.nanoTime();
				answer = http.send(HttpRequest.newBuilder(URI.create(base + c.getValue())).build(),
						HttpResponse.BodyHandlers.ofString());
				ms[i] = (System.nanoTime() - start) / 1e6;
			}
			String body = answer.body().replaceAll("\\s+", " ");
			String said = body.contains("\"detail\"") ? body.replaceAll(".*\"detail\":\"([^\"]*)\".*", "$1")
					: body.replaceAll(".*(\"total\":\\d+).*", "$1");
			System.out.printf("%-46s %4d %8.1f ms %8.1f ms  %s%n", c.getKey(), answer.statusCode(), percentile(ms, 50),
					Arrays.stream(ms).max().orElse(0), said.substring(0, Math.min(70, said.length())));
		}
	}

	private static void deleteRecursively(Path folder) throws java.io.IOException {
		if (Files.exists(folder)) {
			try (var paths = Files.walk(folder)) {
				for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
		}
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	static double percentile(double[] values, int p) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}
}

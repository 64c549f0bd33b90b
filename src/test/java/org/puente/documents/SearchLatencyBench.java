package org.puente.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.puente.PuenteApplication;
import org.puente.search.SearchQuery;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Search latency at scale: generates N synthetic documents in Spanish, English, Portuguese and French (inserted
 * with JDBC, their tsvectors computed in SQL exactly as the indexer does), then times 1,000 searches as the search
 * page runs them (one page of hits with snippets, plus the total and facet counts) for an anonymous reader, next to
 * a baseline measured in the same run: a primary-key lookup. Run with {@code bench/search/run.sh N}; not a test.
 */
public final class SearchLatencyBench {

	private static final Map<String, String[]> WORDS = Map.of(
			"es", ("migración migrantes fronteras derechos humanos cooperación regional trata personas tráfico ilícito "
					+ "remesas trabajo decente retorno integración niñez adolescentes protección consular refugio "
					+ "desplazamiento clima desastres vulnerabilidad información datos políticas gobernanza diálogo "
					+ "conferencia secretaría técnica plenaria insumo acuerdo declaración cuestionario países miembros "
					+ "extrarregionales alerta temprana documentación identidad regularización diásporas salud educación")
				.split(" "),
			"en", ("migration migrants borders human rights cooperation regional trafficking persons smuggling remittances "
					+ "decent work return integration children adolescents protection consular asylum displacement "
					+ "climate disasters vulnerability information data policies governance dialogue conference "
					+ "secretariat technical plenary input agreement declaration questionnaire member states "
					+ "extraregional early warning documentation identity regularisation diasporas health education")
				.split(" "),
			"pt", ("migração migrantes fronteiras direitos humanos cooperação regional tráfico pessoas contrabando remessas "
					+ "trabalho digno retorno integração crianças adolescentes proteção consular refúgio deslocamento "
					+ "clima desastres vulnerabilidade informação dados políticas governação diálogo conferência "
					+ "secretaria técnica plenária insumo acordo declaração questionário países membros "
					+ "extrarregionais alerta precoce documentação identidade regularização diásporas saúde educação")
				.split(" "),
			"fr", ("migration migrants frontières droits homme coopération régionale traite personnes trafic envois fonds "
					+ "travail décent retour intégration enfants adolescents protection consulaire asile déplacement "
					+ "climat catastrophes vulnérabilité information données politiques gouvernance dialogue conférence "
					+ "secrétariat technique plénière contribution accord déclaration questionnaire pays membres "
					+ "extrarégionaux alerte précoce documentation identité régularisation diasporas santé éducation")
				.split(" "));

	private static final String[] SYLLABLES = "ra,mi,gra,cion,te,lo,pa,na,ma,sa,der,cho,fron,tra,ple,na,ria,con,fe,ren"
		.split(",");

	private static final String[] KINDS = Arrays.stream(DocumentKind.values()).map(Enum::name).toArray(String[]::new);

	private SearchLatencyBench() {
	}

	public static void main(String[] args) {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
		int queries = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
		// system properties, so they win over the test profile's own settings
		Map.of("puente.db.data-dir", "target/bench-search-data", "puente.db.clean-on-start", "false",
				"puente.demo.enabled", "false", "puente.scheduler.enabled", "false", "server.port", "0",
				"logging.level.root", "WARN", "logging.level.org.puente", "WARN").forEach(System::setProperty);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PuenteApplication.class)
			.profiles("test")
			.run()) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			DocumentSearch search = app.getBean(DocumentSearch.class);
			generate(jdbc, n);
			jdbc.execute("analyze document; analyze document_version; analyze document_word");
			Random random = new Random(2017);
			List<String> texts = new ArrayList<>();
			for (int i = 0; i < queries; i++) {
				texts.add(query(random));
			}
			List<UUID> ids = jdbc.queryForList("select id from document order by random() limit 1000", UUID.class);
			if (args.length > 2) {
				explain(jdbc, search, args[2]);
				return;
			}
			// warm-up, then measure
			time(texts.subList(0, Math.min(20, texts.size())), q -> run(search, q));
			double[] searchMs = time(texts, q -> run(search, q));
			double[] lookupMs = time(ids.stream().map(UUID::toString).toList(),
					id -> jdbc.queryForObject("select title_es from document where id = ?::uuid", String.class, id));
			long docs = jdbc.queryForObject("select count(*) from document", Long.class);
			System.out.printf("documents: %d, queries: %d%n", docs, texts.size());
			System.out.printf("search (page of 20 with snippets + total + facets): p50 %.1f ms, p95 %.1f ms%n",
					percentile(searchMs, 50), percentile(searchMs, 95));
			System.out.printf("baseline primary-key lookup: p50 %.2f ms, p95 %.2f ms%n", percentile(lookupMs, 50),
					percentile(lookupMs, 95));
			System.out.printf("ratio search/baseline: p50 %.0fx, p95 %.0fx%n",
					percentile(searchMs, 50) / percentile(lookupMs, 50), percentile(searchMs, 95) / percentile(lookupMs, 95));
			System.out.printf("goal p95 < 30 ms: %s%n", percentile(searchMs, 95) < 30 ? "met" : "NOT met");
		}
	}

	private static void explain(JdbcTemplate jdbc, DocumentSearch search, String text) {
		SearchQuery query = new SearchQuery(text, List.of(), Locale.forLanguageTag("es"), Optional.empty(), Map.of(),
				0, 20);
		for (DocumentSearch.Statement statement : List.of(search.searchStatement(query), search.countStatement(query))) {
			jdbc.query("explain (analyze, buffers) " + statement.sql(), rs -> {
				System.out.println(rs.getString(1));
			}, statement.args());
		}
	}

	private static Object run(DocumentSearch search, String text) {
		SearchQuery query = new SearchQuery(text, List.of(), Locale.forLanguageTag("es"), Optional.empty(), Map.of(),
				0, 20);
		search.search(query);
		return search.count(query);
	}

	/** One to three words, mostly real ones, sometimes without accents, as people type them. */
	private static String query(Random random) {
		String lang = List.of("es", "en", "pt", "fr").get(random.nextInt(4));
		String[] words = WORDS.get(lang);
		int count = 1 + random.nextInt(3);
		List<String> picked = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String word = words[random.nextInt(words.length)];
			picked.add(random.nextBoolean() ? word : java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)
				.replaceAll("\\p{M}", ""));
		}
		return String.join(" ", picked);
	}

	private static void generate(JdbcTemplate jdbc, int n) {
		long existing = jdbc.queryForObject("select count(*) from document", Long.class);
		Random random = new Random(42);
		long started = System.nanoTime();
		List<Object[]> documents = new ArrayList<>();
		List<Object[]> versions = new ArrayList<>();
		for (long i = existing; i < n; i++) {
			String lang = List.of("es", "en", "pt", "fr").get((int) (i % 4));
			UUID id = UUID.randomUUID();
			String title = sentence(random, lang, 6 + random.nextInt(6));
			String summary = sentence(random, lang, 25);
			String text = sentence(random, lang, 100 + random.nextInt(150));
			String confidentiality = random.nextInt(10) < 7 ? "PUBLIC" : random.nextBoolean() ? "CONFERENCES" : "SECRETARIATS";
			documents.add(new Object[] { id, KINDS[random.nextInt(KINDS.length)], title, summary, lang,
					java.sql.Date.valueOf(java.time.LocalDate.of(2015 + random.nextInt(4), 1 + random.nextInt(12),
							1 + random.nextInt(28))), confidentiality,
					random.nextBoolean() ? "{CRM}" : random.nextBoolean() ? "{CSM}" : "{CRM,CSM}",
					"{" + (1 + random.nextInt(6)) + "}", "{" + (1 + random.nextInt(23)) + "," + (1 + random.nextInt(23)) + "}" });
			versions.add(new Object[] { id, "synthetic-" + i + ".txt", text.length(), text.getBytes(), text });
			if (documents.size() == 2_000 || i == n - 1) {
				flush(jdbc, documents, versions);
				System.out.printf("generated %d documents (%.0f s)%n", i + 1, (System.nanoTime() - started) / 1e9);
			}
		}
		if (existing < n) {
			jdbc.update("""
					insert into document_word (word, level)
					select distinct w, 0 from document_version v,
					  regexp_split_to_table(lower(puente_unaccent(left(v.extracted_text, 2000))), '[^[:alpha:]]+') w
					where length(w) between 4 and 40
					on conflict do nothing""");
		}
	}

	private static void flush(JdbcTemplate jdbc, List<Object[]> documents, List<Object[]> versions) {
		jdbc.batchUpdate("""
				insert into document (id, kind, title_es, summary_es, language, document_date, confidentiality,
				  processes, thematic_sessions, objectives, current_version, indexed_version, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?::text[], ?::int[], ?::int[], 1, 1, 'bench')""", documents);
		jdbc.batchUpdate("""
				insert into document_version (document_id, number, file_name, media_type, size_bytes, sha256, content,
				  uploaded_by, extraction_status, extracted_text)
				values (?, 1, ?, 'text/plain', ?, '', ?, 'bench', 'DONE', ?)""", versions);
		// the same vector the indexer builds (see SearchIndex), set-based for the batch
		jdbc.update("""
				update document_version v set search_vector =
				  setweight(to_tsvector(%1$s, puente_unaccent(coalesce(d.title_es, ''))), 'A')
				  || setweight(to_tsvector(%1$s, puente_unaccent(coalesce(d.summary_es, ''))), 'B')
				  || setweight(to_tsvector(%1$s, puente_unaccent(v.extracted_text)), 'C')
				from document d where d.id = v.document_id and v.search_vector is null""".formatted(
				SearchIndex.CONFIGURATION));
		documents.clear();
		versions.clear();
	}

	/** Words drawn with a Zipf-like skew: the domain words are frequent, invented ones fill the long tail. */
	private static String sentence(Random random, String lang, int length) {
		String[] words = WORDS.get(lang);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			if (random.nextInt(10) < 6) {
				int rank = (int) Math.floor(Math.pow(random.nextDouble(), 2) * words.length);
				text.append(words[rank]);
			}
			else {
				for (int s = 0, syllables = 2 + random.nextInt(3); s < syllables; s++) {
					text.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
				}
			}
			text.append(i % 15 == 14 ? ". " : " ");
		}
		return text.toString().strip();
	}

	private static double[] time(List<String> inputs, java.util.function.Function<String, Object> action) {
		double[] ms = new double[inputs.size()];
		for (int i = 0; i < inputs.size(); i++) {
			long start = System.nanoTime();
			action.apply(inputs.get(i));
			ms[i] = (System.nanoTime() - start) / 1e6;
		}
		return ms;
	}

	private static double percentile(double[] values, int p) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}
}

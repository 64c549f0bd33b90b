package org.puente.search;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The search benchmark's documents: N synthetic documents in Spanish, English, Portuguese and French written
 * straight into {@code search_entry}, as the documents capability would. 60 % of each text is drawn from ~55 domain
 * words per language (so a one-word query matches a quarter to a half of the corpus: a worst case for counting and
 * faceting), the rest are invented words. Among them, the judged set: for each of {@link #JUDGED} queries, 3
 * documents that are about it (its phrase in the title and three times in the text: grade 2) and 5 that mention it
 * once (grade 1), some written with the other spelling of a hyphenated word, or without accents. The judgments were
 * written before Puente's analysis was tuned and were not changed after.
 */
final class BenchCorpus {

	static final Map<String, String[]> WORDS = Map.of(
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

	/** A judged query: what is typed, in which language the relevant documents are, and how they write it. */
	record Judged(String query, String language, List<String> writings) {
	}

	/** Each query with the spellings its relevant documents use (the first is the query's own). */
	static final List<Judged> JUDGED = List.of(
			new Judged("trata de personas", "es", List.of("trata de personas", "Trata de Personas")),
			new Judged("remesas familiares", "es", List.of("remesas familiares", "remesa familiar")),
			new Judged("alerta temprana", "es", List.of("alerta temprana", "ALERTA TEMPRANA")),
			new Judged("migrantes extrarregionales", "es", List.of("migrantes extrarregionales", "migrantes extra-regionales")),
			new Judged("niñez no acompañada", "es", List.of("niñez no acompañada", "ninez no acompanada")),
			new Judged("migarción laboral", "es", List.of("migración laboral", "migracion laboral")),
			new Judged("human trafficking", "en", List.of("human trafficking", "trafficking of humans")),
			new Judged("family remittances", "en", List.of("family remittances", "family remittance")),
			new Judged("early warning", "en", List.of("early warning", "early-warning")),
			new Judged("extraregional migrants", "en", List.of("extra-regional migrants", "extraregional migrant")),
			new Judged("unaccompanied children", "en", List.of("unaccompanied children", "unaccompanied child")),
			new Judged("tráfico de pessoas", "pt", List.of("tráfico de pessoas", "trafico de pessoas")),
			new Judged("remessas familiares", "pt", List.of("remessas familiares", "remessa familiar")),
			new Judged("alerta precoce", "pt", List.of("alerta precoce", "alertas precoces")),
			new Judged("migrantes extrarregionais", "pt", List.of("migrantes extrarregionais", "migrantes extra-regionais")),
			new Judged("crianças desacompanhadas", "pt", List.of("crianças desacompanhadas", "criancas desacompanhadas")),
			new Judged("traite des personnes", "fr", List.of("traite des personnes", "traite de personnes")),
			new Judged("envois de fonds", "fr", List.of("envois de fonds", "envoi de fonds")),
			new Judged("alerte précoce", "fr", List.of("alerte précoce", "alertes précoces")),
			new Judged("migrants extrarégionaux", "fr", List.of("migrants extra-régionaux", "migrants extrarégionaux")),
			new Judged("enfants non accompagnés", "fr", List.of("enfants non accompagnés", "enfants non accompagnes")));

	/**
	 * Queries judged the same way but written later, once the first set had been seen, and planted only when the
	 * analysis and ranking were settled: the figures that count (the first set was looked at while tuning).
	 */
	static final List<Judged> HELD_OUT = List.of(
			new Judged("protección consular", "es", List.of("protección consular", "proteccion consular")),
			new Judged("documentación de identidad", "es", List.of("documentación de identidad", "documentacion de identidad")),
			new Judged("remsas de migrantes", "es", List.of("remesas de migrantes", "remesas de los migrantes")),
			new Judged("consular protection", "en", List.of("consular protection", "consular protections")),
			new Judged("identity documentation", "en", List.of("identity documentation", "identity-documentation")),
			new Judged("climate displacement", "en", List.of("climate displacement", "climate-displacement")),
			new Judged("proteção consular", "pt", List.of("proteção consular", "protecao consular")),
			new Judged("documentação de identidade", "pt", List.of("documentação de identidade", "documentacao de identidade")),
			new Judged("deslocamento climático", "pt", List.of("deslocamento climático", "deslocamento climatico")),
			new Judged("protection consulaire", "fr", List.of("protection consulaire", "protections consulaires")),
			new Judged("documentation d'identité", "fr", List.of("documentation d'identité", "documentation d'identite")),
			new Judged("déplacement climatique", "fr", List.of("déplacement climatique", "deplacement climatique")));

	private static final String[] SYLLABLES = "ra,mi,gra,cion,te,lo,pa,na,ma,sa,der,cho,fron,tra,ple,na,ria,con,fe,ren"
		.split(",");

	private static final String[] KINDS = { "FINAL_ACT", "MINUTES", "DECLARATION", "BIREGIONAL_INPUT", "QUESTIONNAIRE",
			"REPORT", "PRESENTATION", "GOOD_PRACTICES", "OTHER" };

	private BenchCorpus() {
	}

	/** The grade of each judged document: judged query → entry id → 2 (about it) or 1 (mentions it). */
	static Map<String, Map<String, Integer>> judgments(List<Judged> set) {
		Map<String, Map<String, Integer>> all = new LinkedHashMap<>();
		for (int q = 0; q < set.size(); q++) {
			Map<String, Integer> grades = new LinkedHashMap<>();
			for (int d = 0; d < 8; d++) {
				grades.put("document:" + judgedId(set, q, d), d < 3 ? 2 : 1);
			}
			all.put(set.get(q).query(), grades);
		}
		return all;
	}

	private static String judgedId(List<Judged> set, int query, int document) {
		return String.format("00000000-0000-4000-%s-%06d%06d", set == JUDGED ? "8000" : "9000", query, document);
	}

	/** Plants the documents of a judged set (8 per query) unless they are there; returns how many were added. */
	static int plant(JdbcTemplate jdbc, List<Judged> set) {
		if (jdbc.queryForObject("select count(*) from search_entry where id = ?", Long.class,
				"document:" + judgedId(set, 0, 0)) > 0) {
			return 0;
		}
		Random random = new Random(set == JUDGED ? 7 : 11);
		List<Object[]> rows = new ArrayList<>();
		for (int q = 0; q < set.size(); q++) {
			Judged judged = set.get(q);
			for (int d = 0; d < 8; d++) {
				String writing = judged.writings().get(d % judged.writings().size());
				String lang = judged.language();
				String title = d < 3 ? capitalise(writing) + " " + sentence(random, lang, 5) : sentence(random, lang, 8);
				StringBuilder text = new StringBuilder(sentence(random, lang, 60));
				for (int m = 0; m < (d < 3 ? 3 : 1); m++) {
					text.append(' ').append(writing).append(' ').append(sentence(random, lang, 40));
				}
				rows.add(row(random, judgedId(set, q, d), lang, title, sentence(random, lang, 25), text.toString()));
			}
		}
		int planted = rows.size();
		flush(jdbc, rows);
		return planted;
	}

	/** Adds documents until there are {@code n}; the judged ones first. */
	static void generate(JdbcTemplate jdbc, int n) {
		long existing = jdbc.queryForObject("select count(*) from search_entry where type = 'document'", Long.class);
		Random random = new Random(42 + existing);
		if (existing == 0) {
			existing += plant(jdbc, JUDGED);
		}
		List<Object[]> rows = new ArrayList<>();
		long started = System.nanoTime();
		for (long i = existing; i < n; i++) {
			String lang = List.of("es", "en", "pt", "fr").get((int) (i % 4));
			rows.add(row(random, new java.util.UUID(random.nextLong(), random.nextLong()).toString(), lang,
					sentence(random, lang, 6 + random.nextInt(6)), sentence(random, lang, 25),
					sentence(random, lang, 100 + random.nextInt(150))));
			if (rows.size() == 2_000 || i == n - 1) {
				flush(jdbc, rows);
				System.out.printf("generated %d documents (%.0f s)%n", i + 1, (System.nanoTime() - started) / 1e9);
			}
		}
		flush(jdbc, rows);
	}

	private static Object[] row(Random random, String id, String lang, String title, String summary, String text) {
		String audience = random.nextInt(10) < 7 ? "PUBLIC" : random.nextBoolean() ? "CONFERENCES" : "SECRETARIATS";
		String processes = random.nextBoolean() ? "{CRM}" : random.nextBoolean() ? "{CSM}" : "{CRM,CSM}";
		String sessions = "{" + (1 + random.nextInt(6)) + "}";
		String objectives = "{" + (1 + random.nextInt(23)) + "," + (1 + random.nextInt(23)) + "}";
		LocalDate date = LocalDate.of(2015 + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28));
		return new Object[] { "document:" + id, id, audience, lang, title, summary + "\n" + text,
				KINDS[random.nextInt(KINDS.length)], processes, sessions, objectives, "{" + lang + "}",
				java.sql.Date.valueOf(date), "/documents/" + id };
	}

	private static void flush(JdbcTemplate jdbc, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		// the titles and texts go to the columns of the document's language, as the documents capability writes them
		Map<String, List<Object[]>> byLanguage = new LinkedHashMap<>();
		rows.forEach(r -> byLanguage.computeIfAbsent((String) r[3], l -> new ArrayList<>()).add(r));
		byLanguage.forEach((lang, batch) -> jdbc.batchUpdate("""
				insert into search_entry (id, type, source_id, audience, language, title_%1$s, text_%1$s, kind,
				  processes, sessions, objectives, languages, entry_date, url, version)
				values (?, 'document', ?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?::text[], ?::text[], ?, ?, 1)"""
			.formatted(lang), batch));
		rows.clear();
	}

	/** Words drawn with a Zipf-like skew: the domain words are frequent, invented ones fill the long tail. */
	static String sentence(Random random, String lang, int length) {
		String[] words = WORDS.get(lang);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			if (random.nextInt(10) < 6) {
				text.append(words[(int) Math.floor(Math.pow(random.nextDouble(), 2) * words.length)]);
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

	/** One to three domain words in one language, half of them typed without accents, as people type. */
	static String query(Random random) {
		String lang = List.of("es", "en", "pt", "fr").get(random.nextInt(4));
		String[] words = WORDS.get(lang);
		List<String> picked = new ArrayList<>();
		for (int i = 0, count = 1 + random.nextInt(3); i < count; i++) {
			String word = words[random.nextInt(words.length)];
			picked.add(random.nextBoolean() ? word
					: Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
		}
		return String.join(" ", picked);
	}

	private static String capitalise(String s) {
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}
}

package org.puente.glossary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Time of the coincidence analysis for 40 terms × 25 countries (1,000 definitions of 25–45 words, 17 countries
 * writing in Spanish, 3 in Portuguese, 3 in English, 2 in French), everything the coincidence page does: glossary
 * lexicon, analysis of every definition, IDF, 40 matrices of 25 × 25, grouping, key phrases. Next to it, a baseline
 * measured in the same run on the same texts: lower-case word counts and cosine, no stemming, no stop words, no
 * concepts, no grouping. Run with {@code bench/coincidence/run.sh}; not a JUnit test.
 */
public final class CoincidenceAnalysisBench {

	static final int TERMS = 40;

	static final int COUNTRIES = 25;

	/** Content words in es | en | pt | fr; the first 40 are also glossary terms. */
	static final String[] WORDS = {
		"migrante|migrant|migrante|migrant", "refugio|refuge|refúgio|refuge", "frontera|border|fronteira|frontière",
		"país de origen|country of origin|país de origem|pays d'origine", "tránsito|transit|trânsito|transit",
		"protección internacional|international protection|proteção internacional|protection internationale",
		"explotación|exploitation|exploração|exploitation", "retorno|return|retorno|retour",
		"reintegración|reintegration|reintegração|réintégration", "documento|document|documento|document",
		"residencia|residence|residência|résidence", "trabajo|work|trabalho|travail", "familia|family|família|famille",
		"niñez|childhood|infância|enfance", "violencia|violence|violência|violence", "delito|crime|crime|crime",
		"víctima|victim|vítima|victime", "Estado|State|Estado|État", "autoridad|authority|autoridade|autorité",
		"solicitud|application|pedido|demande", "persecución|persecution|perseguição|persécution",
		"vulnerabilidad|vulnerability|vulnerabilidade|vulnérabilité", "engaño|deception|fraude|tromperie",
		"beneficio|benefit|benefício|avantage", "ruta|route|rota|route", "continente|continent|continente|continent",
		"región|region|região|région", "nacionalidad|nationality|nacionalidade|nationalité",
		"apátrida|stateless|apátrida|apatride", "deportación|deportation|deportação|expulsion",
		"detención|detention|detenção|détention", "salud|health|saúde|santé", "educación|education|educação|éducation",
		"vivienda|housing|moradia|logement", "integración|integration|integração|intégration",
		"regularización|regularization|regularização|régularisation", "visado|visa|visto|visa",
		"desplazamiento|displacement|deslocamento|déplacement", "asilo|asylum|asilo|asile",
		"cooperación|cooperation|cooperação|coopération", "información|information|informação|information",
		"comunidad|community|comunidade|communauté", "derechos humanos|human rights|direitos humanos|droits de l'homme",
		"mercado laboral|labour market|mercado de trabalho|marché du travail", "remesas|remittances|remessas|envois de fonds",
		"clima|climate|clima|climat", "desastre|disaster|desastre|catastrophe", "pobreza|poverty|pobreza|pauvreté",
		"organización|organization|organização|organisation", "registro|register|registro|registre" };

	static final String[] GLUE = { "de", "la", "que", "con", "por", "en", "y", "del", "una", "su" };

	private CoincidenceAnalysisBench() {
	}

	public static void main(String[] args) {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
		Random random = new Random(2017);
		LanguageAnalyzers analyzers = new LanguageAnalyzers();
		List<ConceptLexicon.Concept> concepts = new ArrayList<>();
		for (int i = 0; i < TERMS; i++) {
			String[] forms = WORDS[i].split("\\|");
			concepts.add(new ConceptLexicon.Concept("c" + i, Map.of("es", List.of(forms[0]), "en", List.of(forms[1]),
					"pt", List.of(forms[2]), "fr", List.of(forms[3]))));
		}
		List<List<CoincidenceAnalysis.Definition>> byTerm = new ArrayList<>();
		List<CoincidenceAnalysis.Definition> corpus = new ArrayList<>();
		for (int t = 0; t < TERMS; t++) {
			int[] core = random.ints(0, WORDS.length).distinct().limit(9).toArray();
			List<CoincidenceAnalysis.Definition> definitions = new ArrayList<>();
			for (int c = 0; c < COUNTRIES; c++) {
				String language = c < 17 ? "es" : c < 20 ? "pt" : c < 23 ? "en" : "fr";
				String text = sentence(random, core, Arrays.asList("es", "en", "pt", "fr").indexOf(language));
				definitions.add(new CoincidenceAnalysis.Definition(t + "-" + c, "C" + c, language, text));
			}
			byTerm.add(definitions);
			corpus.addAll(definitions);
		}
		double[] full = new double[runs];
		double[] baseline = new double[runs];
		long sink = 0;
		for (int warm = 0; warm < 5; warm++) {
			sink += analyse(concepts, analyzers, corpus, byTerm) + naive(byTerm);
		}
		for (int r = 0; r < runs; r++) {
			long start = System.nanoTime();
			sink += analyse(concepts, analyzers, corpus, byTerm);
			full[r] = (System.nanoTime() - start) / 1e6;
			start = System.nanoTime();
			sink += naive(byTerm);
			baseline[r] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(full);
		Arrays.sort(baseline);
		System.out.printf(Locale.ROOT, "coincidence analysis, %d terms x %d countries (%d definitions), %d runs:%n",
				TERMS, COUNTRIES, corpus.size(), runs);
		System.out.printf(Locale.ROOT, "  full analysis: median %.1f ms, max %.1f ms%n", full[runs / 2], full[runs - 1]);
		System.out.printf(Locale.ROOT, "  baseline (word counts + cosine): median %.1f ms, max %.1f ms%n",
				baseline[runs / 2], baseline[runs - 1]);
		System.out.printf(Locale.ROOT, "  one term's page (25 definitions, corpus prepared): %.2f ms%n",
				full[runs / 2] / TERMS);
		if (sink == 42) {
			System.out.println();
		}
	}

	private static String sentence(Random random, int[] core, int language) {
		List<String> parts = new ArrayList<>();
		for (int w : core) {
			if (random.nextDouble() < 0.6) {
				parts.add(WORDS[w].split("\\|")[language]);
			}
		}
		for (int extra = random.nextInt(4); extra >= 0; extra--) {
			parts.add(WORDS[random.nextInt(WORDS.length)].split("\\|")[language]);
		}
		StringBuilder text = new StringBuilder("Persona");
		for (String part : parts) {
			text.append(' ').append(GLUE[random.nextInt(GLUE.length)]).append(' ').append(part);
			if (random.nextDouble() < 0.5) {
				text.append(' ').append(GLUE[random.nextInt(GLUE.length)]).append(' ')
					.append(WORDS[random.nextInt(WORDS.length)].split("\\|")[language]);
			}
		}
		return text.append('.').toString();
	}

	private static long analyse(List<ConceptLexicon.Concept> concepts, LanguageAnalyzers analyzers,
			List<CoincidenceAnalysis.Definition> corpus, List<List<CoincidenceAnalysis.Definition>> byTerm) {
		ConceptLexicon lexicon = new ConceptLexicon(concepts, analyzers);
		CoincidenceAnalysis analysis = new CoincidenceAnalysis(corpus, lexicon, analyzers,
				CoincidenceAnalysis.DEFAULT_THRESHOLD);
		long sum = 0;
		for (List<CoincidenceAnalysis.Definition> definitions : byTerm) {
			CoincidenceReport report = analysis.analyse(definitions, 0, "es");
			sum += report.groups().size() + report.keyPhrases().size() + (report.score() == null ? 0 : report.score());
		}
		return sum;
	}

	private static long naive(List<List<CoincidenceAnalysis.Definition>> byTerm) {
		long sum = 0;
		for (List<CoincidenceAnalysis.Definition> definitions : byTerm) {
			List<Map<String, Double>> vectors = new ArrayList<>();
			for (CoincidenceAnalysis.Definition d : definitions) {
				Map<String, Double> counts = new HashMap<>();
				for (String word : d.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
					if (!word.isEmpty()) {
						counts.merge(word, 1.0, Double::sum);
					}
				}
				vectors.add(counts);
			}
			double total = 0;
			for (int i = 0; i < vectors.size(); i++) {
				for (int j = i + 1; j < vectors.size(); j++) {
					total += CoincidenceAnalysis.cosine(vectors.get(i), vectors.get(j));
				}
			}
			sum += Math.round(total);
		}
		return sum;
	}
}

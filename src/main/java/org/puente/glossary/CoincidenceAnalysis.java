package org.puente.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares countries' definitions of terms: TF-IDF vectors over stems and glossary concepts, cosine similarity,
 * average-linkage grouping at a stated threshold, shared key phrases, outliers and a score. The method is described
 * in {@code docs/coincidence-analysis.md}. Prepare it once with every definition of every term (the IDF needs them
 * all), then analyse term by term.
 */
final class CoincidenceAnalysis {

	/** Definitions at least this similar (cosine) are grouped; a definition less similar to all others is an outlier. */
	static final double DEFAULT_THRESHOLD = 0.35;

	/** One definition to compare: who gave it (a country code), in which language, and what it says. */
	record Definition(String id, String country, String language, String text) {
	}

	private final DefinitionFeatures features;

	private final Map<String, DefinitionFeatures.Features> byId = new java.util.concurrent.ConcurrentHashMap<>();

	private final Map<String, Integer> documentFrequency = new HashMap<>();

	private final int documents;

	private final double threshold;

	CoincidenceAnalysis(List<Definition> corpus, ConceptLexicon lexicon, LanguageAnalyzers analyzers, double threshold) {
		this.features = new DefinitionFeatures(lexicon, analyzers);
		this.threshold = threshold;
		for (Definition d : corpus) {
			DefinitionFeatures.Features f = features.of(d.language(), d.text());
			byId.put(d.id(), f);
			for (String unit : f.counts().keySet()) {
				documentFrequency.merge(unit, 1, Integer::sum);
			}
		}
		this.documents = corpus.size();
	}

	/**
	 * Analyses one term's definitions (all must be part of the corpus).
	 * @param minimumShare a key phrase must appear in at least this many definitions; 0 for half of them, rounded up
	 * @param displayLanguage the language in which concepts found across languages are named
	 */
	CoincidenceReport analyse(List<Definition> definitions, int minimumShare, String displayLanguage) {
		int n = definitions.size();
		List<Map<String, Double>> vectors = definitions.stream().map(d -> vector(featuresOf(d))).toList();
		double[][] similarity = new double[n][n];
		for (int i = 0; i < n; i++) {
			similarity[i][i] = 1.0;
			for (int j = i + 1; j < n; j++) {
				similarity[i][j] = similarity[j][i] = cosine(vectors.get(i), vectors.get(j));
			}
		}
		List<String> countries = definitions.stream().map(Definition::country).toList();
		List<List<Integer>> groups = AverageLinkage.groups(similarity, threshold);
		List<String> outliers = new ArrayList<>();
		for (int i = 0; i < n && n > 1; i++) {
			double best = 0;
			for (int j = 0; j < n; j++) {
				if (i != j) {
					best = Math.max(best, similarity[i][j]);
				}
			}
			if (best < threshold) {
				outliers.add(countries.get(i));
			}
		}
		int k = minimumShare > 0 ? minimumShare : Math.max(n > 1 ? 2 : 1, (n + 1) / 2);
		return new CoincidenceReport(countries, definitions.stream().map(Definition::language).toList(), similarity,
				groups.stream().map(g -> g.stream().map(countries::get).toList()).toList(), outliers,
				keyPhrases(definitions, countries, k, displayLanguage), score(similarity), threshold, k,
				central(similarity, groups.isEmpty() ? List.of() : groups.get(0)));
	}

	private DefinitionFeatures.Features featuresOf(Definition d) {
		return byId.computeIfAbsent(d.id(), id -> features.of(d.language(), d.text()));
	}

	/** Sub-linear term frequency times smoothed inverse document frequency. */
	private Map<String, Double> vector(DefinitionFeatures.Features f) {
		Map<String, Double> vector = new HashMap<>();
		f.counts().forEach((unit, count) -> {
			int df = documentFrequency.getOrDefault(unit, 0);
			double idf = Math.log((1.0 + documents) / (1.0 + df)) + 1.0;
			vector.put(unit, (1.0 + Math.log(count)) * idf);
		});
		return vector;
	}

	/** How alike two texts of the corpus are (cosine of their TF-IDF vectors), 0 to 1. */
	double similarity(Definition a, Definition b) {
		return cosine(vector(featuresOf(a)), vector(featuresOf(b)));
	}

	static double cosine(Map<String, Double> a, Map<String, Double> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Map<String, Double> small = a.size() <= b.size() ? a : b;
		Map<String, Double> large = small == a ? b : a;
		double dot = 0;
		for (var e : small.entrySet()) {
			Double other = large.get(e.getKey());
			if (other != null) {
				dot += e.getValue() * other;
			}
		}
		double norms = Math.sqrt(norm2(a)) * Math.sqrt(norm2(b));
		return Math.min(1.0, dot / norms);
	}

	private static double norm2(Map<String, Double> v) {
		double sum = 0;
		for (double x : v.values()) {
			sum += x * x;
		}
		return sum;
	}

	/** Mean pairwise similarity as 0–100; null when there is nothing to compare. */
	private static Integer score(double[][] similarity) {
		int n = similarity.length;
		if (n < 2) {
			return null;
		}
		double sum = 0;
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				sum += similarity[i][j];
			}
		}
		return (int) Math.round(100 * sum / (n * (n - 1) / 2.0));
	}

	/** The definition most similar to the others of its group: a good first draft of a shared wording. */
	private static int central(double[][] similarity, List<Integer> group) {
		int best = group.isEmpty() ? 0 : group.get(0);
		double bestMean = -1;
		for (int i : group) {
			double sum = 0;
			for (int j : group) {
				sum += similarity[i][j];
			}
			if (sum > bestMean) {
				bestMean = sum;
				best = i;
			}
		}
		return best;
	}

	private List<CoincidenceReport.KeyPhrase> keyPhrases(List<Definition> definitions, List<String> countries, int k,
			String displayLanguage) {
		Map<String, Set<String>> holders = new HashMap<>();
		Map<String, Map<String, Integer>> surfaces = new HashMap<>();
		for (int i = 0; i < definitions.size(); i++) {
			DefinitionFeatures.Features f = featuresOf(definitions.get(i));
			for (var phrase : f.phrases().entrySet()) {
				holders.computeIfAbsent(phrase.getKey(), p -> new LinkedHashSet<>()).add(countries.get(i));
				// the reader's language first: a phrase shared across languages is shown as they would write it
				int weight = definitions.get(i).language().equals(displayLanguage) ? 1000 : 1;
				for (String surface : phrase.getValue()) {
					surfaces.computeIfAbsent(phrase.getKey(), p -> new HashMap<>()).merge(surface, weight, Integer::sum);
				}
			}
		}
		List<String> shared = holders.keySet()
			.stream()
			.filter(p -> holders.get(p).size() >= k)
			.sorted(Comparator.<String>comparingInt(p -> -holders.get(p).size())
				.thenComparingInt(p -> -p.split(" ").length)
				.thenComparing(p -> p))
			.toList();
		List<CoincidenceReport.KeyPhrase> phrases = new ArrayList<>();
		List<String> chosen = new ArrayList<>();
		for (String phrase : shared) {
			boolean covered = chosen.stream()
				.anyMatch(c -> holders.get(c).size() == holders.get(phrase).size()
						&& List.of(c.split(" ")).containsAll(List.of(phrase.split(" "))));
			if (covered) {
				continue; // "migrant" adds nothing next to "extra-regional migrant" held by the same countries
			}
			chosen.add(phrase);
			phrases.add(new CoincidenceReport.KeyPhrase(surface(phrase, surfaces.get(phrase), displayLanguage),
					holders.get(phrase).size(), List.copyOf(holders.get(phrase)), evidence(phrase, definitions)));
			if (phrases.size() == 15) {
				break;
			}
		}
		return phrases;
	}

	/**
	 * Where each country's definition says the phrase, in its own words: a phrase found through a glossary concept in
	 * another language or wording is credited to a country only with the words that country wrote.
	 */
	private Map<String, CoincidenceReport.Span> evidence(String phrase, List<Definition> definitions) {
		Map<String, CoincidenceReport.Span> evidence = new java.util.LinkedHashMap<>();
		for (Definition d : definitions) {
			List<int[]> at = featuresOf(d).spans().get(phrase);
			if (at != null && !at.isEmpty()) {
				int[] first = at.get(0);
				evidence.putIfAbsent(d.country(), new CoincidenceReport.Span(first[0], first[1],
						d.text().substring(first[0], first[1]).replaceAll("\\s+", " ")));
			}
		}
		return evidence;
	}

	private String surface(String phrase, Map<String, Integer> seen, String displayLanguage) {
		if (!phrase.contains(" ") && phrase.startsWith(DefinitionFeatures.CONCEPT)) {
			return features.lexicon().name(phrase.substring(DefinitionFeatures.CONCEPT.length()), displayLanguage);
		}
		return seen.entrySet()
			.stream()
			.max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
			.map(Map.Entry::getKey)
			.orElse(phrase);
	}
}

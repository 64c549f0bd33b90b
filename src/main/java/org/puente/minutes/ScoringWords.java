package org.puente.minutes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.puente.i18n.TextFolding;

/**
 * The candidate's own words as features of the scoring, learned from the data rather than written as cues: each word of
 * its folded text ({@code w:acordado}), each pair of neighbouring words ({@code b:por_unanimidad}), its first word
 * ({@code f:ficou}) and its first two ({@code f2:ficou_definido}). Only the words of a vocabulary met in the candidates
 * of several documents of at least two batches have a weight; they are fitted by
 * {@code bench/minutes-quality/fit_scoring.py} with the other features and read from {@code minutes/scoring-words.tsv}
 * ({@code model<TAB>word<TAB>weight}); docs/minutes-reading.md, "Scoring".
 */
final class ScoringWords {

	/** Words of a candidate read for its features: the first ones are enough to tell a decision from a discussion. */
	static final int LONGEST = 600;

	private static final Map<String, Map<String, Double>> TABLE = load("/minutes/scoring-words.tsv");

	private ScoringWords() {
	}

	/** The word features of a candidate's text, each once, in order of first appearance. */
	static Set<String> of(String text) {
		Set<String> features = new LinkedHashSet<>();
		String previous = null;
		int count = 0;
		for (String word : words(TextFolding.fold(text.length() > LONGEST ? text.substring(0, LONGEST) : text))) {
			features.add("w:" + word);
			if (previous != null) {
				features.add("b:" + previous + "_" + word);
			}
			count++;
			if (count == 1) {
				features.add("f:" + word);
			}
			else if (count == 2) {
				features.add("f2:" + previous + "_" + word);
			}
			previous = word;
		}
		return features;
	}

	/** The words of a text: its runs of two letters or more, in order (shared with {@link ProseStems}). */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			int start = i;
			while (i < text.length() && Character.isLetter(text.charAt(i))) {
				i++;
			}
			if (i - start >= 2) {
				words.add(text.substring(start, i));
			}
			if (i == start) {
				i++;
			}
		}
		return words;
	}

	/** The word features of a candidate's text and the stems of its words in the language ({@link ProseStems}). */
	static Set<String> of(String text, String language) {
		Set<String> features = of(text);
		features.addAll(ProseStems.of(text, language));
		return features;
	}

	/**
	 * What the candidate's words add to its model's linear score (0 when the model weighs no words); the stems are read
	 * only when the table holds some ({@code s:} features) and a language is given.
	 */
	static double score(String model, String text, String language) {
		Map<String, Double> weights = TABLE.get(model);
		if (weights == null || weights.isEmpty()) {
			return 0;
		}
		double z = 0;
		for (String feature : language == null ? of(text) : of(text, language)) {
			z += weights.getOrDefault(feature, 0.0);
		}
		return z;
	}

	static Map<String, Map<String, Double>> load(String resource) {
		Map<String, Map<String, Double>> table = new HashMap<>();
		try (InputStream in = ScoringWords.class.getResourceAsStream(resource)) {
			if (in == null) {
				return table;
			}
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String[] cells = line.replace("\r", "").split("\t");
				if (cells.length == 3 && !line.startsWith("#")) {
					table.computeIfAbsent(cells[0], m -> new HashMap<>()).put(cells[1], Double.parseDouble(cells[2]));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return table;
	}
}

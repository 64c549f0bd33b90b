package org.puente.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a definition into the units compared: a glossary concept where the text names one (in any language),
 * otherwise the stem of each word, prefixed by its language so that stems of different languages never collide.
 * Also collects the uni- and bi-grams of those units with the words they stand for, to show shared key phrases as
 * people wrote them.
 */
final class DefinitionFeatures {

	static final String CONCEPT = "concept:";

	private final ConceptLexicon lexicon;

	private final LanguageAnalyzers analyzers;

	/**
	 * Unit counts (for the vectors), phrase → surface forms (for the key phrases) and phrase → where it stands in the
	 * text (start, end), so that a phrase credited to a country can be shown in that country's own words.
	 */
	record Features(Map<String, Integer> counts, Map<String, Set<String>> phrases, Map<String, List<int[]>> spans) {
	}

	private record Unit(String id, int start, int end) {
	}

	DefinitionFeatures(ConceptLexicon lexicon, LanguageAnalyzers analyzers) {
		this.lexicon = lexicon;
		this.analyzers = analyzers;
	}

	ConceptLexicon lexicon() {
		return lexicon;
	}

	Features of(String language, String text) {
		List<LanguageAnalyzers.Token> tokens = analyzers.tokens(language, text);
		List<Unit> units = new ArrayList<>();
		for (int i = 0; i < tokens.size();) {
			int matched = 0;
			String concept = null;
			for (int len = Math.min(lexicon.longestName(), tokens.size() - i); len >= 1 && concept == null; len--) {
				List<String> stems = tokens.subList(i, i + len).stream().map(LanguageAnalyzers.Token::stem).toList();
				concept = lexicon.concept(language, stems);
				matched = len;
			}
			if (concept != null) {
				units.add(new Unit(CONCEPT + concept, tokens.get(i).start(), tokens.get(i + matched - 1).end()));
				i += matched;
			}
			else {
				LanguageAnalyzers.Token t = tokens.get(i);
				units.add(new Unit(language + ":" + t.stem(), t.start(), t.end()));
				i++;
			}
		}
		Map<String, Integer> counts = new HashMap<>();
		Map<String, Set<String>> phrases = new HashMap<>();
		Map<String, List<int[]>> spans = new HashMap<>();
		for (int i = 0; i < units.size(); i++) {
			Unit u = units.get(i);
			counts.merge(u.id(), 1, Integer::sum);
			phrases.computeIfAbsent(u.id(), p -> new HashSet<>()).add(surface(text, u.start(), u.end()));
			spans.computeIfAbsent(u.id(), p -> new ArrayList<>()).add(new int[] { u.start(), u.end() });
			if (i + 1 < units.size()) {
				Unit next = units.get(i + 1);
				// a bigram spans the stop words between its two words: "país de origen"
				if (next.start() - u.end() <= 12 && !text.substring(u.end(), next.start()).matches(".*[.;:,()].*")) {
					phrases.computeIfAbsent(u.id() + " " + next.id(), p -> new HashSet<>())
						.add(surface(text, u.start(), next.end()));
					spans.computeIfAbsent(u.id() + " " + next.id(), p -> new ArrayList<>())
						.add(new int[] { u.start(), next.end() });
				}
			}
		}
		return new Features(counts, phrases, spans);
	}

	private static String surface(String text, int start, int end) {
		return text.substring(start, end).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
	}
}

package org.puente.minutes;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Guesses Spanish, English, Portuguese or French from the most frequent short words; good enough for whole minutes. */
final class LanguageGuesser {

	private static final Map<String, Set<String>> STOP_WORDS = Map.of(
			"es", Set.of("el", "la", "los", "las", "y", "del", "por", "con", "una", "se", "al", "lo", "su", "sus", "como",
					"entre", "sobre", "este", "esta", "han", "reunión", "reunion"),
			"en", Set.of("the", "of", "and", "to", "in", "for", "with", "on", "by", "will", "be", "that", "is", "are",
					"from", "this", "meeting", "at", "an", "as"),
			"pt", Set.of("o", "os", "as", "do", "da", "dos", "das", "e", "em", "no", "na", "com", "uma", "ao", "pelo",
					"pela", "não", "nao", "reunião", "reuniao", "à", "ser", "foi", "são"),
			"fr", Set.of("le", "les", "des", "du", "et", "est", "une", "dans", "pour", "sur", "au", "aux", "qui", "avec", "pas",
					"été", "réunion", "sont", "nous", "ce"));

	/** Compiled once rather than by String.split on every reading. */
	private static final java.util.regex.Pattern NON_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");

	private LanguageGuesser() {
	}

	static String guess(String text) {
		Map<String, Integer> counts = new java.util.HashMap<>(Map.of("es", 0, "en", 0, "pt", 0, "fr", 0));
		String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
		for (String word : NON_LETTERS.split(sample.toLowerCase(java.util.Locale.ROOT))) {
			for (Map.Entry<String, Set<String>> language : STOP_WORDS.entrySet()) {
				if (language.getValue().contains(word)) {
					counts.merge(language.getKey(), 1, Integer::sum);
				}
			}
		}
		String best = "es"; // Spanish wins ties: most minutes of the two conferences are in Spanish
		for (String lang : List.of("en", "pt", "fr")) {
			if (counts.get(lang) > counts.get(best)) {
				best = lang;
			}
		}
		return best;
	}
}

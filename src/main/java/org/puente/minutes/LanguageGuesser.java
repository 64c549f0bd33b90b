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

	/** The languages in the order of the counts below: es, en, pt, fr (Spanish first, as ties want). */
	private static final List<String> ORDER = org.puente.i18n.Language.CODES;

	/**
	 * Each stop word's languages (indexes in {@link #ORDER}), read once: the profile of 4 December showed the guess at
	 * 5 % of a reading, splitting the text with a regular expression and asking each word of four sets.
	 */
	private static final Map<String, int[]> LANGUAGES_OF = index();

	private LanguageGuesser() {
	}

	private static Map<String, int[]> index() {
		Map<String, int[]> index = new java.util.HashMap<>();
		for (int l = 0; l < ORDER.size(); l++) {
			for (String word : STOP_WORDS.get(ORDER.get(l))) {
				int[] before = index.getOrDefault(word, new int[0]);
				int[] with = java.util.Arrays.copyOf(before, before.length + 1);
				with[before.length] = l;
				index.put(word, with);
			}
		}
		return index;
	}

	static String guess(String text) {
		int[] counts = new int[ORDER.size()];
		String sample = (text.length() > 20_000 ? text.substring(0, 20_000) : text).toLowerCase(java.util.Locale.ROOT);
		// the words: the runs of letters (what splitting at [^\p{L}]+ gave)
		for (int i = 0; i < sample.length();) {
			int start = i;
			int c;
			while (i < sample.length() && Character.isLetter(c = sample.codePointAt(i))) {
				i += Character.charCount(c);
			}
			if (i > start) {
				for (int l : LANGUAGES_OF.getOrDefault(sample.substring(start, i), new int[0])) {
					counts[l]++;
				}
			}
			else {
				i += Character.charCount(sample.codePointAt(i));
			}
		}
		int best = 0; // Spanish wins ties: most minutes of the two conferences are in Spanish
		for (int l = 1; l < counts.length; l++) {
			if (counts[l] > counts[best]) {
				best = l;
			}
		}
		return ORDER.get(best);
	}
}

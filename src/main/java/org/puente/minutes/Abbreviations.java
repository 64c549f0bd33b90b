package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The titles and references written with a stop that does not end the sentence, in es/en/pt/fr: "Pregunta el Sr.
 * Presidente si …", "Dra. Ana Pérez", "art. 5", "Mr. Smith", "M. Dupont", "St. Louis", and a single capital, a name's
 * initial ("Jack H. will send"). The sentence splitters ({@link Units}, {@link Narrative}) cut through
 * {@link #sentences}, which does not cut after them.
 */
final class Abbreviations {

	/** Lower-case, as written (accents kept) and folded. */
	private static final Set<String> KNOWN = Set.of("sr", "sra", "srta", "sres", "sras", "srs", "dr", "dra", "dres", "drs",
			"dña", "dna", "ing", "lic", "prof", "profa", "profª", "art", "arts", "núm", "num", "nº", "mr", "mrs", "ms",
			"mme", "mmes", "mlle", "mm", "st", "sto", "sta", "exmo", "exma", "excmo", "excma", "ilmo", "ilma", "pág", "pag",
			"vol", "cap", "fig", "cf", "vs", "av", "avda", "dª");

	/** The longest abbreviation looked at, in characters. */
	private static final int LONGEST = 6;

	private Abbreviations() {
	}

	/**
	 * The text's sentences as [start, end) offsets, cut where {@code end} matches (the whitespace between two
	 * sentences), except after a known abbreviation or an initial ("Pregunta el Sr. Presidente si …" is one sentence).
	 *
	 * @param newlineCuts whether a cut whose whitespace ends a line is made even after an abbreviation (a blank line
	 *        always parts two paragraphs' sentences)
	 */
	static List<int[]> sentences(CharSequence text, Pattern end, boolean newlineCuts) {
		List<int[]> sentences = new ArrayList<>();
		Matcher cut = end.matcher(text);
		int from = 0;
		while (cut.find()) {
			if (before(text, cut.start() - 1) && !(newlineCuts && text.charAt(cut.end() - 1) == '\n')) {
				continue;
			}
			sentences.add(new int[] { from, cut.start() });
			from = cut.end();
		}
		sentences.add(new int[] { from, text.length() });
		return sentences;
	}

	/**
	 * Whether the stop at {@code stop} in the text closes a known abbreviation or a capital initial, not a sentence:
	 * the word before it (letters, "º", "ª" and an inner stop, as "n.º") is in the list.
	 */
	static boolean before(CharSequence text, int stop) {
		if (stop <= 0 || stop >= text.length() || text.charAt(stop) != '.') {
			return false;
		}
		int start = stop;
		while (start > 0 && stop - start < LONGEST && isWordChar(text.charAt(start - 1))) {
			start--;
		}
		if (start == stop || start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
			return false;
		}
		if (stop - start == 1) {
			return Character.isUpperCase(text.charAt(start)); // an initial: "M. Dupont", "Jack H. will"
		}
		return KNOWN.contains(text.subSequence(start, stop).toString().toLowerCase(Locale.ROOT));
	}

	private static boolean isWordChar(char c) {
		return Character.isLetter(c) || c == 'º' || c == 'ª';
	}
}

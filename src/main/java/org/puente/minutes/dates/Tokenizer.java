package org.puente.minutes.dates;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Cuts the folded text into tokens and gives each its class from the language's {@link Lexicon}. One pass, a map
 * look-up per word: this is what keeps the tagger fast, since the grammar then runs over one character per token.
 */
final class Tokenizer {

	/** Ordinal endings after digits: 1st, 2nd, 14th, 1er, 2e, 3eme, 1º, 1ª, 1ro, 2do, 1o. */
	private static final java.util.Set<String> ORDINAL_SUFFIXES = java.util.Set.of("st", "nd", "rd", "th", "er", "re",
			"e", "eme", "o", "a", "º", "ª", "ro", "do", "to", "vo", "mo", "no", "°");

	/** A quarter's or half's digit, then a year: "3 2024", "2-2025", "1/2026". */
	private static final java.util.regex.Pattern YEAR_AFTER = java.util.regex.Pattern
		.compile("[1-4](?![\\p{L}\\d])[\\s/-]{0,3}(?:19|20)\\d\\d(?!\\d)");

	/** "feira" after an ordinal: "2ª feira" is Monday … "6ª feira" Friday. */
	private static final java.util.regex.Pattern FEIRA = java.util.regex.Pattern.compile("[\\s-]?feira(?![\\p{L}])");

	private Tokenizer() {
	}

	static List<Token> tokens(String text, String folded, Lexicon lexicon) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		int n = folded.length();
		boolean tight = false;
		while (i < n) {
			char c = folded.charAt(i);
			if (Character.isWhitespace(c)) {
				int newlines = 0;
				while (i < n && Character.isWhitespace(folded.charAt(i))) {
					newlines += folded.charAt(i) == '\n' ? 1 : 0;
					i++;
				}
				if (newlines >= 2) {
					tokens.add(new Token(i - 1, i, '_', 0, "\n", false)); // a blank line ends any expression
				}
				tight = false;
				continue;
			}
			if (c == '*') {
				i++; // emphasis ("*Desfile sábado 17*", "**Prazo**: 06/08") neither parts nor joins what it marks
				continue;
			}
			int end;
			if (Character.isLetter(c) && c != 'º' && c != 'ª') {
				end = word(text, folded, i, tight, lexicon, tokens);
			}
			else if (c >= '0' && c <= '9') {
				end = number(folded, i, tight, tokens);
			}
			else {
				end = i + 1;
				tokens.add(new Token(i, end, sign(c), 0, String.valueOf(c), tight));
			}
			i = end;
			tight = true;
		}
		return NumberWords.join(tokens);
	}

	private static char sign(char c) {
		return switch (c) {
			case '/', '.', ',', '(', ')', ':' -> c;
			case '-', '–', '—', '‐', '‑' -> '-';
			case '[' -> '(';
			case ']' -> ')';
			case '&' -> 'y';
			case '|' -> '_'; // a table's column separator ends any expression
			default -> '~';
		};
	}

	private static int number(String folded, int start, boolean tight, List<Token> tokens) {
		int end = start;
		while (end < folded.length() && Character.isDigit(folded.charAt(end))) {
			end++;
		}
		String digits = folded.substring(start, end);
		int suffixEnd = end;
		while (suffixEnd < folded.length() && suffixEnd - end < 3
				&& (Character.isLetter(folded.charAt(suffixEnd)) || folded.charAt(suffixEnd) == '°')) {
			suffixEnd++;
		}
		if (digits.length() <= 3 && suffixEnd > end && ORDINAL_SUFFIXES.contains(folded.substring(end, suffixEnd))
				&& (suffixEnd == folded.length() || !Character.isLetterOrDigit(folded.charAt(suffixEnd)))) {
			int value = Integer.parseInt(digits);
			java.util.regex.Matcher feira = FEIRA.matcher(folded).region(suffixEnd, folded.length());
			if (value >= 2 && value <= 6 && feira.lookingAt()) { // "2ª feira", "6a-feira": Portuguese weekdays in figures
				tokens.add(new Token(start, feira.end(), 'W', value - 1, folded.substring(start, feira.end()), tight));
				return feira.end();
			}
			tokens.add(new Token(start, suffixEnd, 'o', value, folded.substring(start, suffixEnd), tight));
			return suffixEnd;
		}
		char cls;
		int value = digits.length() > 4 ? 0 : Integer.parseInt(digits);
		if (digits.length() <= 2) {
			cls = 'n';
		}
		else if (digits.length() == 4 && value >= 1900 && value <= 2099) {
			cls = 'Y';
		}
		else {
			cls = '9';
		}
		tokens.add(new Token(start, end, cls, value, digits, tight));
		return end;
	}

	private static int word(String text, String folded, int start, boolean tight, Lexicon lexicon, List<Token> tokens) {
		int end = wordEnd(folded, start);
		String word = folded.substring(start, end).replace('’', '\'');
		// "Q3", "H2": business quarters and halves, a letter and a digit
		if (end - start == 1 && (word.equals("q") || word.equals("h")) && end < folded.length()
				&& folded.charAt(end) >= '1' && folded.charAt(end) <= (word.equals("q") ? '4' : '2')
				&& (end + 1 == folded.length() || !Character.isLetterOrDigit(folded.charAt(end + 1)))) {
			tokens.add(new Token(start, end + 1, word.equals("q") ? 'Q' : 'L', folded.charAt(end) - '0',
					folded.substring(start, end + 1), tight));
			return end + 1;
		}
		// "T3 2024" (trimestre), "S2 2025" (semestre): with the year after them, since "S2" is as often a sprint; "fin
		// T2", "d'ici T3", "au T3", "fin S1" without it
		if (end - start == 1 && (word.equals("t") || word.equals("s"))
				&& (YEAR_AFTER.matcher(folded).region(end, folded.length()).lookingAt() || periodWordBefore(word, folded, end, tokens))
				&& folded.charAt(end) <= (word.equals("t") ? '4' : '2')) {
			tokens.add(new Token(start, end + 1, word.equals("t") ? 'Q' : 'L', folded.charAt(end) - '0',
					folded.substring(start, end + 1), tight));
			return end + 1;
		}
		if ((word.equals("w") && folded.startsWith("w/c", start)) || folded.startsWith("w.c.", start)) {
			int stop = start + (folded.startsWith("w.c.", start) ? 4 : 3);
			tokens.add(new Token(start, stop, 'c', 0, folded.substring(start, stop), tight));
			return stop;
		}
		if (lexicon.startsPhrase(word)) {
			int phraseEnd = phrase(folded, start, end, lexicon);
			if (phraseEnd > end) {
				String phrase = folded.substring(start, phraseEnd).replaceAll("\\s+", " ").replace('’', '\'');
				Lexicon.Entry entry = accepted(lexicon.lookup(phrase), text, folded, start, phraseEnd); // "New Year", not "a new year"
				if (entry != null) {
					tokens.add(new Token(start, phraseEnd, entry.cls(), entry.value(), phrase, tight));
					return phraseEnd;
				}
			}
		}
		Lexicon.Entry entry = accepted(lexicon.lookup(word), text, folded, start, end);
		int apostrophe = word.indexOf('\'');
		if (entry == null && apostrophe > 0 && apostrophe < word.length() - 1) {
			// French elision: "d'août" is "d'" and "août", "l'année" is "l'" and "année"
			int split = start + apostrophe + 1;
			Lexicon.Entry head = lexicon.lookup(word.substring(0, apostrophe + 1));
			tokens.add(new Token(start, split, head == null ? 'x' : head.cls(), head == null ? 0 : head.value(),
					word.substring(0, apostrophe + 1), tight));
			return word(text, folded, split, true, lexicon, tokens);
		}
		tokens.add(new Token(start, end, entry == null ? 'x' : entry.cls(), entry == null ? 0 : entry.value(), word, tight));
		return end;
	}

	/**
	 * "fin T2", "d'ici T3", "au T3", "en T4", "Échéance : T4", "fin S1": a quarter after an end, limit, "in" or deadline
	 * word, a half after an end or deadline word.
	 */
	private static boolean periodWordBefore(String word, String folded, int digit, List<Token> tokens) {
		if (tokens.isEmpty() || digit >= folded.length() || folded.charAt(digit) < '1'
				|| digit + 1 < folded.length() && Character.isLetterOrDigit(folded.charAt(digit + 1))) {
			return false;
		}
		int last = tokens.size() - 1;
		char before = tokens.get(last).cls();
		if (before == ':' && last > 0) { // "Échéance : T4"
			before = tokens.get(last - 1).cls();
		}
		return (word.equals("t") ? "EKJjC" : "EC").indexOf(before) >= 0;
	}

	/** Letters, with apostrophes and hyphens inside ("d'ici", "sexta-feira", "apres-demain"). */
	private static int wordEnd(String folded, int start) {
		int end = start;
		while (end < folded.length()) {
			char c = folded.charAt(end);
			boolean inner = (c == '\'' || c == '’' || c == '-') && end + 1 < folded.length()
					&& Character.isLetter(folded.charAt(end + 1)) && end > start;
			if (!(Character.isLetter(c) && c != 'º' && c != 'ª') && !inner) {
				break;
			}
			if (c == '-' && !hyphenJoins(folded, start, end)) {
				break;
			}
			end++;
		}
		return end;
	}

	/** "sexta-feira" and "apres-demain" are one word; "mid-June", "mi-juin" and "Q3-2025" are two. */
	private static boolean hyphenJoins(String folded, int start, int hyphen) {
		String head = folded.substring(start, hyphen);
		return switch (head) {
			case "segunda", "terca", "quarta", "quinta", "sexta", "apres", "quatre", "vingt", "dix", "trente", "week", "year",
					"month" -> true;
			default -> false;
		};
	}

	/** The end of the longest phrase of the lexicon starting at this word, else the word's own end. */
	private static int phrase(String folded, int start, int firstEnd, Lexicon lexicon) {
		int best = firstEnd;
		int end = firstEnd;
		StringBuilder words = new StringBuilder(folded.substring(start, firstEnd));
		for (int count = 1; count < lexicon.longestPhrase(); count++) {
			int next = end;
			while (next < folded.length() && (folded.charAt(next) == ' ' || folded.charAt(next) == '\n')) {
				next++;
			}
			if (next == end || next >= folded.length() || !Character.isLetter(folded.charAt(next))) {
				break;
			}
			int nextEnd = wordEnd(folded, next);
			words.append(' ').append(folded, next, nextEnd);
			end = nextEnd;
			if (lexicon.lookup(words.toString().replace('’', '\'')) != null) {
				best = end;
			}
		}
		return best;
	}

	/** "may" is a month only as "May"; "marco" only as "março". */
	private static Lexicon.@Nullable Entry accepted(Lexicon.@Nullable Entry entry, String text, String folded, int start,
			int end) {
		if (entry == null) {
			return null;
		}
		if (entry.capitalOnly() && !Character.isUpperCase(text.charAt(start))) {
			return null;
		}
		if (entry.accentOnly() && text.substring(start, end).toLowerCase(java.util.Locale.ROOT)
				.equals(folded.substring(start, end))) {
			return null;
		}
		return entry;
	}
}

package org.puente.minutes;

import java.util.regex.Pattern;

/**
 * Compiles a regular expression so that {@code find} tries it only where a match can begin: the characters any match
 * must open with are read off the expression, and a lookahead for them is put in front of it ({@code (?=[…])(?:…)}),
 * which matches exactly what the expression matches, at the same places, with the same groups.
 *
 * <p>Why: the profile of the minutes reading (docs/performance.md, "Minutes reading, 4 December night") spent most of
 * its time in patterns of the form {@code \b(?:word|word|…)} run over every candidate and sentence. Java's matcher
 * tries such a pattern at every offset of the text, checking the word boundary (a Unicode lookup of two characters)
 * and then each alternative in turn; a single look-up of the offset's character in a table skips the offsets where no
 * alternative can begin (most of them: the ends of words, spaces, the letters no alternative opens with). The set is
 * computed, not written by hand, so that whoever adds an alternative needs not keep a list of letters up to date.
 *
 * <p>The reading is conservative: lookarounds, anchors and word boundaries are read as matching the empty string,
 * and anything it does not know ({@code \p{L}}, {@code .}, negated classes, inline flags, back-references) means any
 * character, in which case the expression is compiled as it is. An expression that can match the empty string is
 * compiled as it is too.
 */
final class Patterns {

	private Patterns() {
	}

	/** The expression compiled, a lookahead for its possible first characters in front when they are known. */
	static Pattern compile(String regex) {
		return compile(regex, 0);
	}

	/** The same with flags; case-insensitive or commented expressions are compiled as they are. */
	static Pattern compile(String regex, int flags) {
		Pattern plain = Pattern.compile(regex, flags); // the expression's own syntax errors, as Pattern reports them
		if ((flags & (Pattern.CASE_INSENSITIVE | Pattern.COMMENTS | Pattern.LITERAL | Pattern.UNICODE_CASE
				| Pattern.UNICODE_CHARACTER_CLASS | Pattern.CANON_EQ)) != 0) {
			return plain;
		}
		String lookahead = lookahead(regex);
		return lookahead == null ? plain : Pattern.compile(lookahead + "(?:" + regex + ")", flags);
	}

	/**
	 * The lookahead for the places a match of the expression can begin, {@code (?=[…])}, or {@code (?:^|(?=[…]))}
	 * when some of its alternatives are anchored with {@code ^}; null when it can begin anywhere.
	 */
	static String lookahead(String regex) {
		PatternStarts.First first = PatternStarts.of(regex);
		if (first == null || first.empty() || first.chars() == null) {
			return null;
		}
		StringBuilder chars = new StringBuilder("(?=[");
		first.chars().stream().forEach(c -> chars.append(String.format("\\x{%x}", c)));
		chars.append("])");
		if (first.chars().isEmpty()) {
			return first.anchored() ? "^" : null;
		}
		if (first.anchored()) {
			return "(?:^|" + chars + ")";
		}
		// where every match begins at a word boundary, the boundary is checked first: it rules out the middle of the
		// words, the characters' table then the letters no alternative opens with (measured the faster order)
		return first.bounded() ? "\\b" + chars : chars.toString();
	}
}

package org.puente.minutes;

import java.util.BitSet;
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

	/**
	 * Where a match can begin: at a character of {@code chars} (null: any character), at the start of the input (or of
	 * a line, in multi-line mode) when {@code anchored}, anywhere when {@code empty} (it may match nothing there).
	 */
	private record First(BitSet chars, boolean empty, boolean anchored, boolean bounded) {
	}

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
		First first;
		try {
			Reader reader = new Reader(regex);
			first = reader.alternatives();
			if (reader.at < regex.length()) {
				return null; // an unbalanced ")": Pattern would have refused it
			}
		}
		catch (Unknown ex) {
			return null;
		}
		if (first.empty() || first.chars() == null) {
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

	/** Something the reading does not know: the expression is compiled as it is. */
	private static final class Unknown extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Unknown() {
			super(null, null, false, false);
		}
	}

	/** The union of two sets of characters, null standing for any character. */
	private static BitSet or(BitSet a, BitSet b) {
		if (a == null || b == null) {
			return null;
		}
		BitSet union = (BitSet) a.clone();
		union.or(b);
		return union;
	}

	/** A recursive reading of the expression's syntax, as far as the first characters need. */
	private static final class Reader {

		private final String regex;

		private int at;

		Reader(String regex) {
			this.regex = regex;
		}

		/** Alternatives up to a ")" or the end: any of them may open the match. */
		First alternatives() {
			BitSet chars = new BitSet();
			boolean empty = false;
			boolean anchored = false;
			boolean bounded = true;
			while (true) {
				First sequence = sequence();
				chars = or(chars, sequence.chars());
				empty |= sequence.empty();
				anchored |= sequence.anchored();
				bounded &= sequence.bounded();
				if (at < regex.length() && regex.charAt(at) == '|') {
					at++;
					continue;
				}
				return new First(chars, empty, anchored, bounded);
			}
		}

		/** Items one after the other: the first that cannot be empty closes the set of first characters. */
		private First sequence() {
			BitSet chars = new BitSet();
			boolean empty = true;
			boolean anchored = false;
			boolean bounded = false;
			while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
				First item = quantified(atom());
				if (empty) {
					// a word boundary before anything that may consume a character holds where the match begins
					bounded |= item.bounded() && chars != null && chars.isEmpty();
					chars = or(chars, item.chars());
					anchored |= item.anchored();
					empty = item.empty();
				}
			}
			return new First(chars, empty, anchored, bounded);
		}

		/** The quantifier after an atom, if any: one that allows none makes the atom possibly empty. */
		private First quantified(First atom) {
			if (at >= regex.length()) {
				return atom;
			}
			char c = regex.charAt(at);
			boolean none;
			if (c == '?' || c == '*') {
				at++;
				none = true;
			}
			else if (c == '+') {
				at++;
				none = false;
			}
			else if (c == '{') {
				int close = regex.indexOf('}', at);
				if (close < 0) {
					throw new Unknown();
				}
				String min = regex.substring(at + 1, close).split(",", -1)[0].strip();
				if (!min.matches("\\d+")) {
					throw new Unknown();
				}
				none = Integer.parseInt(min) == 0;
				at = close + 1;
			}
			else {
				return atom;
			}
			if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
				at++; // lazy or possessive: the same first characters
			}
			return new First(atom.chars(), atom.empty() || none, atom.anchored(), atom.bounded() && !none);
		}

		private First atom() {
			char c = regex.charAt(at);
			switch (c) {
				case '(':
					return group();
				case '[':
					return new First(charClass(), false, false, false);
				case '\\':
					if (regex.startsWith("\\b", at)) {
						at += 2;
						return new First(new BitSet(), true, false, true);
					}
					if (at + 1 < regex.length() && "BAzZG".indexOf(regex.charAt(at + 1)) >= 0) {
						at += 2;
						return zeroWidth();
					}
					return new First(escape(), false, false, false);
				case '^':
					at++;
					return new First(new BitSet(), false, true, false); // only where "^" holds, whatever follows
				case '$':
					at++;
					return zeroWidth();
				case '.':
					at++;
					return new First(null, false, false, false);
				case '*':
				case '+':
				case '?':
				case '{':
					throw new Unknown(); // a quantifier with nothing before it
				default:
					int codePoint = regex.codePointAt(at);
					at += Character.charCount(codePoint);
					return new First(one(codePoint), false, false, false);
			}
		}

		private static BitSet one(int codePoint) {
			BitSet chars = new BitSet();
			chars.set(codePoint);
			return chars;
		}

		private static First zeroWidth() {
			return new First(new BitSet(), true, false, false);
		}

		/** A group: capturing, non-capturing, named, or a lookaround (which matches the empty string). */
		private First group() {
			at++;
			boolean lookaround = false;
			if (regex.startsWith("?:", at)) {
				at += 2;
			}
			else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
				at += 2;
				lookaround = true;
			}
			else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
				at += 3;
				lookaround = true;
			}
			else if (regex.startsWith("?<", at)) {
				int close = regex.indexOf('>', at);
				if (close < 0) {
					throw new Unknown();
				}
				at = close + 1;
			}
			else if (regex.startsWith("?", at)) {
				throw new Unknown(); // inline flags, atomic groups
			}
			First inner = alternatives();
			if (at >= regex.length() || regex.charAt(at) != ')') {
				throw new Unknown();
			}
			at++;
			return lookaround ? zeroWidth() : inner;
		}

		/**
		 * An escape at {@code at} (boundaries excepted), read past: its characters when known ({@code \s}, {@code \d},
		 * {@code \w}, {@code \t}, {@code \.}), null for any character ({@code \p{L}}, {@code \S}, {@code \x{…}});
		 * back-references and quoting are not read.
		 */
		private BitSet escape() {
			if (at + 1 >= regex.length()) {
				throw new Unknown();
			}
			char c = regex.charAt(at + 1);
			at += 2;
			BitSet chars = new BitSet();
			switch (c) {
				case 's':
					" \t\n\u000B\f\r".chars().forEach(chars::set);
					return chars;
				case 'd':
					chars.set('0', '9' + 1);
					return chars;
				case 'w':
					chars.set('0', '9' + 1);
					chars.set('a', 'z' + 1);
					chars.set('A', 'Z' + 1);
					chars.set('_');
					return chars;
				case 't':
					return one('\t');
				case 'n':
					return one('\n');
				case 'r':
					return one('\r');
				case 'f':
					return one('\f');
				case 'p':
				case 'P':
				case 'x':
				case 'N':
					if (at < regex.length() && regex.charAt(at) == '{') {
						int close = regex.indexOf('}', at);
						if (close < 0) {
							throw new Unknown();
						}
						at = close + 1;
					}
					else {
						at += c == 'x' ? 2 : 1;
					}
					return null;
				case 'u':
					at += 4;
					return null;
				case 'c':
					at += 1;
					return null;
				case 'S':
				case 'W':
				case 'D':
				case 'h':
				case 'H':
				case 'v':
				case 'V':
				case 'R':
				case 'X':
				case 'e':
				case 'a':
					return null;
				default:
					if (Character.isLetterOrDigit(c)) {
						throw new Unknown(); // back-references, octal codes, quoting
					}
					return one(c);
			}
		}

		/**
		 * A class of single characters, ranges and escapes; null (any character) when negated or when it holds a class
		 * not read ({@code [\p{Lu}]}); nested classes and intersections are not read.
		 */
		private BitSet charClass() {
			at++;
			BitSet chars = new BitSet();
			if (at < regex.length() && regex.charAt(at) == '^') {
				at++;
				chars = null;
			}
			boolean first = true;
			while (true) {
				if (at >= regex.length()) {
					throw new Unknown();
				}
				char c = regex.charAt(at);
				if (c == ']' && !first) {
					at++;
					return chars;
				}
				first = false;
				if (c == '[' || regex.startsWith("&&", at)) {
					throw new Unknown();
				}
				BitSet from;
				if (c == '\\') {
					from = escape();
				}
				else {
					from = one(regex.codePointAt(at));
					at += Character.charCount(regex.codePointAt(at));
				}
				if (at + 1 < regex.length() && regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
					at++;
					BitSet to;
					if (regex.charAt(at) == '\\') {
						to = escape();
					}
					else {
						int codePoint = regex.codePointAt(at);
						at += Character.charCount(codePoint);
						to = one(codePoint);
					}
					if (from == null || to == null || from.cardinality() != 1 || to.cardinality() != 1
							|| to.nextSetBit(0) < from.nextSetBit(0)) {
						throw new Unknown();
					}
					if (chars != null) {
						chars.set(from.nextSetBit(0), to.nextSetBit(0) + 1);
					}
				}
				else if (chars != null) {
					chars = or(chars, from);
				}
			}
		}
	}
}

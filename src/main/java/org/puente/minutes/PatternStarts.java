package org.puente.minutes;

import java.util.BitSet;

/**
 * Where a match of a regular expression can begin, read off its syntax for {@link Patterns} (its first characters,
 * anchor, word boundary, whether it can match nothing): a recursive reading as far as the first characters need; what
 * it does not know throws {@link Unknown}, and the expression is then compiled as it is.
 */
final class PatternStarts {

	/**
	 * Where a match can begin: at a character of {@code chars} (null: any character), at the start of the input (or of
	 * a line, in multi-line mode) when {@code anchored}, anywhere when {@code empty} (it may match nothing there);
	 * {@code bounded} when every match opens at a word boundary.
	 */
	record First(BitSet chars, boolean empty, boolean anchored, boolean bounded) {
	}

	/** Something the reading does not know: the expression is compiled as it is. */
	static final class Unknown extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Unknown() {
			super(null, null, false, false);
		}
	}

	private final String regex;

	private int at;

	private PatternStarts(String regex) {
		this.regex = regex;
	}

	/** Where a match of the expression can begin; null when the reading does not know its syntax. */
	static First of(String regex) {
		try {
			PatternStarts reader = new PatternStarts(regex);
			First first = reader.alternatives();
			return reader.at < regex.length() ? null : first; // an unbalanced ")": Pattern would have refused it
		}
		catch (Unknown ex) {
			return null;
		}
	}

	/** The union of two sets of characters, null standing for any character. */
	static BitSet or(BitSet a, BitSet b) {
		if (a == null || b == null) {
			return null;
		}
		BitSet union = (BitSet) a.clone();
		union.or(b);
		return union;
	}

	/** Alternatives up to a ")" or the end: any of them may open the match. */
	private First alternatives() {
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
		boolean none = c == '?' || c == '*';
		if (none || c == '+') {
			at++;
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
			case '(' -> {
				return group();
			}
			case '[' -> {
				return new First(charClass(), false, false, false);
			}
			case '\\' -> {
				boolean boundary = regex.startsWith("\\b", at);
				if (boundary || at + 1 < regex.length() && "BAzZG".indexOf(regex.charAt(at + 1)) >= 0) {
					at += 2;
					return new First(new BitSet(), true, false, boundary);
				}
				return new First(escape(), false, false, false);
			}
			case '^', '$' -> {
				at++; // "^": only where it holds, whatever follows; "$" is read as matching nothing
				return c == '^' ? new First(new BitSet(), false, true, false) : zeroWidth();
			}
			case '.' -> {
				at++;
				return new First(null, false, false, false);
			}
			case '*', '+', '?', '{' -> throw new Unknown(); // a quantifier with nothing before it
			default -> {
				int codePoint = regex.codePointAt(at);
				at += Character.charCount(codePoint);
				return new First(one(codePoint), false, false, false);
			}
		}
	}

	static BitSet one(int codePoint) {
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
		else if (regex.startsWith("?=", at) || regex.startsWith("?!", at) || regex.startsWith("?<=", at)
				|| regex.startsWith("?<!", at)) {
			at += regex.charAt(at + 1) == '<' ? 3 : 2;
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

	/** An escape at {@code at} (boundaries excepted), read past ({@link PatternChars#escape}). */
	private BitSet escape() {
		PatternChars chars = new PatternChars(regex, at);
		BitSet read = chars.escape();
		at = chars.at();
		return read;
	}

	/** A class of characters at {@code at}, read past ({@link PatternChars#charClass}). */
	private BitSet charClass() {
		PatternChars chars = new PatternChars(regex, at);
		BitSet read = chars.charClass();
		at = chars.at();
		return read;
	}

}

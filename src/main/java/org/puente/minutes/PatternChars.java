package org.puente.minutes;

import java.util.BitSet;

/**
 * The characters an escape ({@code \s}, {@code \d}, {@code \.}) or a class ({@code [a-z\d]}) of a regular expression
 * stands for, read from a position of the expression and past it, for {@link PatternStarts}; null for any character,
 * {@link PatternStarts.Unknown} for what is not read.
 */
final class PatternChars {

	private final String regex;

	private int at;

	PatternChars(String regex, int at) {
		this.regex = regex;
		this.at = at;
	}

	/** Where the reading stands: right after the escape or the class read. */
	int at() {
		return at;
	}

	/**
	 * An escape at {@code at} (boundaries excepted), read past: its characters when known ({@code \s}, {@code \d},
	 * {@code \w}, {@code \t}, {@code \.}), null for any character ({@code \p{L}}, {@code \S}, {@code \x{…}});
	 * back-references and quoting are not read.
	 */
	BitSet escape() {
		if (at + 1 >= regex.length()) {
			throw new PatternStarts.Unknown();
		}
		char c = regex.charAt(at + 1);
		at += 2;
		BitSet chars = new BitSet();
		switch (c) {
			case 's' -> " \t\n\u000B\f\r".chars().forEach(chars::set);
			case 'd' -> chars.set('0', '9' + 1);
			case 'w' -> "0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".chars().forEach(chars::set);
			case 't', 'n', 'r', 'f' -> chars.set("\t\n\r\f".charAt("tnrf".indexOf(c)));
			case 'p', 'P', 'x', 'N', 'u', 'c' -> {
				boolean braces = "pPxN".indexOf(c) >= 0 && at < regex.length() && regex.charAt(at) == '{';
				int close = regex.indexOf('}', at);
				if (braces && close < 0) {
					throw new PatternStarts.Unknown();
				}
				at = braces ? close + 1 : at + (c == 'x' ? 2 : c == 'u' ? 4 : 1);
				return null;
			}
			case 'S', 'W', 'D', 'h', 'H', 'v', 'V', 'R', 'X', 'e', 'a' -> {
				return null;
			}
			default -> {
				if (Character.isLetterOrDigit(c)) {
					throw new PatternStarts.Unknown(); // back-references, octal codes, quoting
				}
				chars.set(c);
			}
		}
		return chars;
	}

	/**
	 * A class of single characters, ranges and escapes; null (any character) when negated or when it holds a class
	 * not read ({@code [\p{Lu}]}); nested classes and intersections are not read.
	 */
	BitSet charClass() {
		at++;
		BitSet chars = new BitSet();
		if (at < regex.length() && regex.charAt(at) == '^') {
			at++;
			chars = null;
		}
		boolean first = true;
		while (true) {
			if (at >= regex.length()) {
				throw new PatternStarts.Unknown();
			}
			char c = regex.charAt(at);
			if (c == ']' && !first) {
				at++;
				return chars;
			}
			first = false;
			if (c == '[' || regex.startsWith("&&", at)) {
				throw new PatternStarts.Unknown();
			}
			BitSet from;
			if (c == '\\') {
				from = escape();
			}
			else {
				from = PatternStarts.one(regex.codePointAt(at));
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
					to = PatternStarts.one(codePoint);
				}
				if (from == null || to == null || from.cardinality() != 1 || to.cardinality() != 1
						|| to.nextSetBit(0) < from.nextSetBit(0)) {
					throw new PatternStarts.Unknown();
				}
				if (chars != null) {
					chars.set(from.nextSetBit(0), to.nextSetBit(0) + 1);
				}
			}
			else if (chars != null) {
				chars = PatternStarts.or(chars, from);
			}
		}
	}
}

package org.puente.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads what a person typed into the search box, the way web search engines do: words must all match,
 * {@code "quotes"} make a phrase (an unclosed quote runs to the end), {@code or} (or {@code |}) separates
 * alternatives, a dash before a word excludes it. Anything else that is not a letter or a digit is set aside, so no
 * input can reach the engine as an operator. A plain class with no state: safe to call from any thread, and the
 * whole contract of what the box accepts.
 *
 * <p>Refuses with an {@link InvalidSearchException}: an empty query ({@code search.empty}), one longer than
 * {@value #MAX_LENGTH} characters ({@code search.tooLong}, checked before anything is read), one with more than
 * {@value #MAX_TERMS} words ({@code search.tooManyWords}), and one with nothing to look for once operators are
 * set aside ({@code search.noWords}).
 */
public final class SearchQueryParser {

	public static final int MAX_LENGTH = 300;

	public static final int MAX_TERMS = 32;

	private SearchQueryParser() {
	}

	public static ParsedQuery parse(String typed) {
		if (typed.length() > MAX_LENGTH) {
			throw new InvalidSearchException("search.tooLong", MAX_LENGTH);
		}
		String text = typed.strip();
		if (text.isEmpty()) {
			throw new InvalidSearchException("search.empty");
		}
		List<List<ParsedQuery.Term>> alternatives = new ArrayList<>();
		List<ParsedQuery.Term> current = new ArrayList<>();
		int terms = 0;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || Character.isISOControl(c)) {
				i++;
				continue;
			}
			boolean excluded = c == '-' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
			int start = excluded ? i + 1 : i;
			ParsedQuery.Term term;
			if (start < text.length() && text.charAt(start) == '"') {
				int close = text.indexOf('"', start + 1);
				int end = close < 0 ? text.length() : close;
				String phrase = String.join(" ", words(text.substring(start + 1, end)));
				term = phrase.isEmpty() ? null : new ParsedQuery.Term(phrase, phrase.indexOf(' ') > 0, excluded);
				i = close < 0 ? text.length() : close + 1;
			}
			else {
				int end = start;
				while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
					end++;
				}
				String raw = text.substring(start, end);
				i = end;
				if (!excluded && (raw.equalsIgnoreCase("or") || raw.equals("|") || raw.equals("||"))) {
					if (!current.isEmpty()) {
						alternatives.add(current);
						current = new ArrayList<>();
					}
					continue;
				}
				// a "word" that is really several (a/b, x+y) becomes several terms, each required
				List<String> parts = words(raw);
				for (int p = 0; p + 1 < parts.size(); p++) {
					current.add(new ParsedQuery.Term(parts.get(p), false, excluded));
					terms++;
				}
				term = parts.isEmpty() ? null : new ParsedQuery.Term(parts.get(parts.size() - 1), false, excluded);
			}
			if (term != null) {
				current.add(term);
				terms += term.text().split(" ").length;
			}
			if (terms > MAX_TERMS) {
				throw new InvalidSearchException("search.tooManyWords", MAX_TERMS);
			}
		}
		if (!current.isEmpty()) {
			alternatives.add(current);
		}
		// an alternative made only of exclusions would match everything but them: not what anyone means
		alternatives.removeIf(a -> a.stream().allMatch(ParsedQuery.Term::excluded));
		if (alternatives.isEmpty()) {
			throw new InvalidSearchException("search.noWords");
		}
		return new ParsedQuery(alternatives);
	}

	/**
	 * The words in a piece of text: runs of letters and digits, keeping the hyphens, apostrophes, dots and slashes
	 * inside a word ("extra-regional", "l'OIM", "S.A.", "2017/2018") for the analyzers to read.
	 */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
				word.append(c);
			}
			else if (isJoiner(c) && word.length() > 0 && i + 1 < text.length()
					&& Character.isLetterOrDigit(text.charAt(i + 1))) {
				word.append(c);
			}
			else if (word.length() > 0) {
				words.add(word.toString());
				word.setLength(0);
			}
		}
		if (word.length() > 0) {
			words.add(word.toString());
		}
		return words;
	}

	private static boolean isJoiner(char c) {
		return c == '-' || c == '\u2010' || c == '\u2011' || c == '\'' || c == '\u2019' || c == '.' || c == '/';
	}
}

package org.puente.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A typed query once read by {@link SearchQueryParser}: alternatives (what was separated by "or"), each a list of
 * terms that must all match: plain words, "exact phrases" and -excluded words. Holds only letters, digits and the
 * punctuation inside words, so whatever engine runs it never sees an operator it was not meant to.
 */
public record ParsedQuery(List<List<Term>> alternatives) {

	public ParsedQuery {
		alternatives = alternatives.stream().map(List::copyOf).toList();
	}

	/** One word or phrase; {@code excluded} for a word typed with a dash before it. */
	public record Term(String text, boolean phrase, boolean excluded) {
	}

	/** The words that must or may match (not the excluded ones), in the order typed. */
	public List<String> words() {
		List<String> words = new ArrayList<>();
		for (List<Term> alternative : alternatives) {
			for (Term term : alternative) {
				if (!term.excluded()) {
					for (String w : term.text().split(" ")) {
						words.add(w);
					}
				}
			}
		}
		return words;
	}

	/** The query as it is understood, written back in the syntax it was typed in (for "showing results for"). */
	public String display() {
		return alternatives.stream()
			.map(a -> a.stream()
				.map(t -> (t.excluded() ? "-" : "") + (t.phrase() ? "\"" + t.text() + "\"" : t.text()))
				.collect(Collectors.joining(" ")))
			.collect(Collectors.joining(" or "));
	}

	/**
	 * The query in the syntax of Lucene's and OpenSearch's "simple query string" ({@code +} and, {@code |} or,
	 * {@code -} not, quotes for phrases), every character that syntax gives a meaning escaped.
	 */
	public String simpleQueryString() {
		return alternatives.stream()
			.map(a -> a.stream()
				.map(t -> (t.excluded() ? "-" : "") + (t.phrase() ? "\"" + escape(t.text()) + "\"" : escape(t.text())))
				.collect(Collectors.joining(" + ", "(", ")")))
			.collect(Collectors.joining(" | "));
	}

	private static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if ("+|-\"*()~\\".indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c);
		}
		return out.toString();
	}
}

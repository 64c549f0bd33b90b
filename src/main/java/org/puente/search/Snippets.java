package org.puente.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * A result's snippet: the passage of its text with the most matched words, escaped, the words in {@code <mark>};
 * or, when the match was not in the text (a title), the start of the text.
 */
final class Snippets {

	static final int LENGTH = 220;

	/** How much of a text {@link #marked} reads: passages further on are found through term vectors instead. */
	static final int SCANNED = 20_000;

	/** Words shown before the first mark of a passage. */
	private static final int CONTEXT = 40;

	private Snippets() {
	}

	/** The start of a text, escaped, cut at a word boundary. */
	static String excerpt(String text) {
		String start = text.strip();
		if (start.length() <= LENGTH) {
			return HtmlUtils.htmlEscape(start);
		}
		int cut = start.lastIndexOf(' ', LENGTH);
		return HtmlUtils.htmlEscape(start.substring(0, cut > 0 ? cut : LENGTH)) + " …";
	}

	/**
	 * The passage of (the first {@link #SCANNED} characters of) a text where most of the given terms are, read with
	 * the analyzer that indexed it, so a stem marks every word it came from; null when none is there.
	 */
	static @Nullable String marked(String text, Analyzer analyzer, Set<String> terms) {
		if (terms.isEmpty()) {
			return null;
		}
		String head = text.length() > SCANNED ? text.substring(0, SCANNED) : text;
		List<int[]> marks = new ArrayList<>();
		// reading stops once a passage holds enough of the different words (or well after the first one found)
		int enough = Math.min(terms.size(), 3);
		List<String> found = new ArrayList<>();
		int stopAt = head.length();
		try (TokenStream words = analyzer.tokenStream("", head)) {
			CharTermAttribute term = words.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = words.addAttribute(OffsetAttribute.class);
			words.reset();
			while (words.incrementToken() && offset.startOffset() < stopAt) {
				String word = term.toString();
				if (terms.contains(word)) {
					marks.add(new int[] { offset.startOffset(), offset.endOffset() });
					found.add(word);
					if (marks.size() == 1) {
						stopAt = Math.min(stopAt, offset.startOffset() + 4 * LENGTH);
					}
					if (distinctWithin(marks, found, offset.endOffset() - LENGTH + CONTEXT) >= enough) {
						stopAt = Math.min(stopAt, offset.endOffset() + LENGTH);
					}
				}
			}
			words.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex); // reading from a String cannot fail
		}
		if (marks.isEmpty()) {
			return null;
		}
		if (stopAt < head.length()) {
			// what was not read is not shown either, so every word shown that matched is marked
			int space = head.lastIndexOf(' ', stopAt);
			head = head.substring(0, space > 0 ? space : stopAt);
		}
		List<int[]> merged = merged(marks);
		// the window of LENGTH characters that starts at a mark and holds the most marks
		int best = 0;
		int most = 0;
		for (int i = 0, j = 0; i < merged.size(); i++) {
			j = Math.max(j, i);
			while (j < merged.size() && merged.get(j)[1] <= merged.get(i)[0] + LENGTH - CONTEXT) {
				j++;
			}
			if (j - i > most) {
				most = j - i;
				best = i;
			}
		}
		int first = merged.get(best)[0];
		int from = Math.max(0, first - CONTEXT);
		if (from > 0) {
			int space = head.indexOf(' ', from);
			from = space >= 0 && space < first ? space + 1 : first;
		}
		int to = Math.min(head.length(), from + LENGTH);
		if (to < head.length()) {
			int space = head.lastIndexOf(' ', to);
			if (space > merged.get(best)[1]) {
				to = space;
			}
		}
		StringBuilder out = new StringBuilder(LENGTH + 64);
		if (from > 0) {
			out.append("… ");
		}
		int at = from;
		for (int[] mark : merged) {
			if (mark[0] < from || mark[1] > to || mark[0] < at) {
				continue;
			}
			out.append(escape(head.substring(at, mark[0]))).append("<mark>")
				.append(escape(head.substring(mark[0], mark[1]))).append("</mark>");
			at = mark[1];
		}
		out.append(escape(head.substring(at, to)).stripTrailing());
		if (to < text.length()) {
			out.append(" …");
		}
		return out.toString();
	}

	/** How many different words the marks ending after {@code from} hold. */
	private static int distinctWithin(List<int[]> marks, List<String> words, int from) {
		java.util.Set<String> distinct = new java.util.HashSet<>();
		for (int i = marks.size() - 1; i >= 0 && marks.get(i)[0] >= from; i--) {
			distinct.add(words.get(i));
		}
		return distinct.size();
	}

	/** Marks sorted, those that overlap (a hyphenated word and its parts) made one. */
	private static List<int[]> merged(List<int[]> marks) {
		marks.sort(Comparator.comparingInt((int[] m) -> m[0]).thenComparingInt(m -> -m[1]));
		List<int[]> merged = new ArrayList<>();
		for (int[] mark : marks) {
			int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && mark[0] < last[1]) {
				last[1] = Math.max(last[1], mark[1]);
			}
			else {
				merged.add(mark.clone());
			}
		}
		return merged;
	}

	/** Escapes what HTML gives a meaning to; accented letters stay letters. */
	static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}
}

package org.puente.agreements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * Finds where each proposed agreement sits in the source text and marks it, so the reviewer can check the item
 * against the words of the minutes. The segmenter joins lines and drops markers, so the match ignores whitespace,
 * case and emphasis asterisks, and anchors on the first and last words of the item.
 */
final class SourceHighlighter {

	private static final int ANCHOR = 40;

	/** A span of the source text, {@code end} exclusive. */
	record Span(int start, int end) {
	}

	private SourceHighlighter() {
	}

	/** Spans in the order of the items; an item that cannot be found gets (-1, -1). */
	static List<Span> locate(String source, List<String> itemTexts) {
		Folded folded = Folded.of(source);
		List<Span> spans = new ArrayList<>();
		int from = 0;
		for (String text : itemTexts) {
			String item = Folded.of(text).chars;
			if (item.isEmpty()) {
				spans.add(new Span(-1, -1));
				continue;
			}
			String head = item.substring(0, Math.min(ANCHOR, item.length()));
			int start = folded.chars.indexOf(head, from);
			if (start < 0) {
				start = folded.chars.indexOf(head);
			}
			if (start < 0) {
				spans.add(new Span(-1, -1));
				continue;
			}
			String tail = item.substring(Math.max(0, item.length() - ANCHOR));
			int tailAt = folded.chars.indexOf(tail, start + Math.max(0, item.length() - 2 * ANCHOR) / 2);
			int end = tailAt < 0 ? start + head.length() : tailAt + tail.length();
			spans.add(new Span(folded.offsets.get(start), folded.offsets.get(end - 1) + 1));
			from = end;
		}
		return spans;
	}

	/** The source text, HTML-escaped, with each located item wrapped in {@code <mark id="src-KEY">}. */
	static String mark(String source, List<ReviewItem> items) {
		List<ReviewItem> located = items.stream().filter(i -> i.sourceStart() >= 0 && i.sourceEnd() <= source.length())
			.sorted(Comparator.comparingInt(ReviewItem::sourceStart)).toList();
		StringBuilder html = new StringBuilder();
		int at = 0;
		for (ReviewItem item : located) {
			if (item.sourceStart() < at) {
				continue; // overlaps the previous mark (after a split): the first one wins
			}
			html.append(HtmlUtils.htmlEscape(source.substring(at, item.sourceStart())));
			html.append("<mark id=\"src-").append(item.key()).append("\" tabindex=\"-1\">")
				.append(HtmlUtils.htmlEscape(source.substring(item.sourceStart(), item.sourceEnd()))).append("</mark>");
			at = item.sourceEnd();
		}
		html.append(HtmlUtils.htmlEscape(source.substring(at)));
		return html.toString();
	}

	/** The text without whitespace and asterisks, lower-cased, with each kept character's offset in the original. */
	private record Folded(String chars, List<Integer> offsets) {

		static Folded of(String text) {
			StringBuilder chars = new StringBuilder();
			List<Integer> offsets = new ArrayList<>();
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (Character.isWhitespace(c) || c == '*' || c == '\u00A0') {
					continue;
				}
				chars.append(String.valueOf(c).toLowerCase(Locale.ROOT).charAt(0));
				offsets.add(i);
			}
			return new Folded(chars.toString(), offsets);
		}
	}
}

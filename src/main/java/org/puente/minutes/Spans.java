package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where each item sits in the text it was read from. The segmenter joins lines and drops markers, so the match
 * ignores whitespace, case and emphasis asterisks, and anchors on the first and last words of the item.
 */
final class Spans {

	private static final int ANCHOR = 40;

	private Spans() {
	}

	/** Spans in the order of the items; an item that cannot be found gets {@link TextSpan#NONE}. */
	static List<TextSpan> locate(String source, List<String> itemTexts) {
		return locate(Folded.of(source), itemTexts);
	}

	/** {@link #locate(String, List)} in a source folded already ({@link ReadingContext#folded}). */
	static List<TextSpan> locate(Folded folded, List<String> itemTexts) {
		List<TextSpan> spans = new ArrayList<>();
		int from = 0;
		for (String text : itemTexts) {
			String item = Folded.of(text).chars;
			if (item.isEmpty()) {
				spans.add(TextSpan.NONE);
				continue;
			}
			String head = item.substring(0, Math.min(ANCHOR, item.length()));
			int start = folded.chars.indexOf(head, from);
			if (start < 0) {
				start = folded.chars.indexOf(head);
			}
			if (start < 0) {
				spans.add(TextSpan.NONE);
				continue;
			}
			String tail = item.substring(Math.max(0, item.length() - ANCHOR));
			int tailAt = folded.chars.indexOf(tail, start + Math.max(0, item.length() - 2 * ANCHOR) / 2);
			int end = tailAt < 0 ? start + head.length() : tailAt + tail.length();
			spans.add(new TextSpan(folded.offsets[start], folded.offsets[end - 1] + 1));
			from = end;
		}
		return spans;
	}

	/** The text without whitespace and asterisks, lower-cased, with each kept character's offset in the original (source). */
	record Folded(String source, String chars, int[] offsets) {

		/**
		 * Character.toLowerCase(c) is the first char of String.valueOf(c).toLowerCase(Locale.ROOT) for every char
		 * (checked over all 65,536), without a string per character: the whole source is folded on every reading.
		 */
		static Folded of(String text) {
			StringBuilder chars = new StringBuilder(text.length());
			int[] offsets = new int[text.length()];
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (Character.isWhitespace(c) || c == '*' || c == '\u00A0') {
					continue;
				}
				offsets[chars.length()] = i;
				chars.append(Character.toLowerCase(c));
			}
			return new Folded(text, chars.toString(), offsets);
		}
	}
}

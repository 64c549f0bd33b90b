package org.puente.agreements;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.web.util.HtmlUtils;

/**
 * Marks each proposed agreement in the source text, from the span the minutes reading gave it, so the reviewer can
 * check the item against the words of the minutes; and each suggestion of the reading, marked apart (class
 * {@code suggested}), so that "ver en el acta" shows its words too.
 */
final class SourceHighlighter {

	private SourceHighlighter() {
	}

	/**
	 * The source text, HTML-escaped, with each located item wrapped in {@code <mark id="src-KEY">} and each located
	 * suggestion in {@code <mark id="src-KEY" class="suggested">}.
	 */
	static String mark(String source, List<ReviewItem> items, List<ReviewItem> suggestions) {
		Set<String> suggested = suggestions.stream().map(ReviewItem::key).collect(Collectors.toSet());
		List<ReviewItem> located = Stream.concat(items.stream(), suggestions.stream())
			.filter(i -> i.sourceStart() >= 0 && i.sourceEnd() <= source.length())
			.sorted(Comparator.comparingInt(ReviewItem::sourceStart)).toList();
		StringBuilder html = new StringBuilder();
		int at = 0;
		for (ReviewItem item : located) {
			if (item.sourceStart() < at) {
				continue; // overlaps the previous mark (after a split): the first one wins
			}
			html.append(HtmlUtils.htmlEscape(source.substring(at, item.sourceStart())));
			html.append("<mark id=\"src-").append(item.key())
				.append(suggested.contains(item.key()) ? "\" class=\"suggested" : "").append("\" tabindex=\"-1\">")
				.append(HtmlUtils.htmlEscape(source.substring(item.sourceStart(), item.sourceEnd()))).append("</mark>");
			at = item.sourceEnd();
		}
		html.append(HtmlUtils.htmlEscape(source.substring(at)));
		return html.toString();
	}
}

package org.puente.search;

import org.springframework.web.util.HtmlUtils;

/** How long a result's snippet is, and the one shown when the match was not in the text (a title): its start. */
final class Snippets {

	static final int LENGTH = 220;

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
}

package org.puente.minutes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** Where the blocks commonmark-java parsed sit in the Markdown text, and their source. */
record MarkdownSource(String text) {

	private static final Pattern ATX_HEADING = Pattern.compile("(?m)^#{1,6}\\s+\\S|^\\S[^\\n]*\\n={3,}\\s*$");

	private static final Pattern TABLE_DELIMITER = Pattern.compile("(?m)^\\|?\\s*:?-{2,}:?\\s*\\||(?im)^\\s*<(?:table|ol|ul)\\b");

	/** Minutes written in Markdown: ATX or "===" headings, or a GFM or HTML table, or an HTML list. */
	static boolean looksLikeMarkdown(String text) {
		// Each pattern needs a character most plain minutes lack ('#' or "===", "--" or '<'): checked first, since
		// this runs for every reading and the multi-line patterns try every line (bench/extraction).
		boolean heading = (text.indexOf('#') >= 0 || text.contains("===")) && ATX_HEADING.matcher(text).find();
		return heading || (text.contains("--") || text.indexOf('<') >= 0) && TABLE_DELIMITER.matcher(text).find();
	}

	String source(Node node) {
		return text.substring(start(node), end(node));
	}

	TextSpan span(Node node) {
		return new TextSpan(start(node), end(node));
	}

	int start(Node node) {
		List<SourceSpan> spans = node.getSourceSpans();
		return spans.isEmpty() ? 0 : spans.get(0).getInputIndex();
	}

	int end(Node node) {
		List<SourceSpan> spans = node.getSourceSpans();
		if (spans.isEmpty()) {
			return 0;
		}
		SourceSpan last = spans.get(spans.size() - 1);
		return Math.min(text.length(), last.getInputIndex() + last.getLength());
	}

	/** How far the line a block starts on is indented. */
	int indent(Node block) {
		int from = start(block);
		int line = text.lastIndexOf('\n', from - 1) + 1;
		int at = line;
		while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
			at++;
		}
		return at - line;
	}

	/** Inline HTML in Markdown: a line break or a list's tags a space, emphasis and links nothing. */
	private static final Pattern HTML_BREAK = Pattern.compile("<(?:br|/?li|/?[ou]l|/?p|/?div)\\b[^<>]{0,200}>",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern HTML_INLINE = Pattern.compile("</?(?:b|strong|i|em|u|s|span|sup|sub|font|small|mark|a)\\b"
			+ "[^<>]{0,200}>", Pattern.CASE_INSENSITIVE);

	/**
	 * An item's words on one line, without its bullet or number, nor an outcome arrow ("→ …") in front, nor the HTML
	 * written inside the Markdown ("&nbsp;", "<br>", "<b>").
	 */
	static String itemWords(String words) {
		String plain = HTML_INLINE.matcher(HTML_BREAK.matcher(words).replaceAll(" ")).replaceAll("");
		plain = LightMarkup.ENTITY.matcher(plain).replaceAll(m -> Matcher.quoteReplacement(LightMarkup.entity(m.group(1))));
		return plain.replaceAll("(?m)^\\s*(?:[-*+]|\\d+[.)])\\s+", "").replaceAll("\\s+", " ").strip()
			.replaceFirst("^(?:→|⇒|=>|->)\\s*", "").replaceFirst("^!\\[[^\\]]*\\]\\([^)]*\\)$", ""); // an image alone says nothing
	}
}

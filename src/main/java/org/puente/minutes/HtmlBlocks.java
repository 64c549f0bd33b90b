package org.puente.minutes;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * HTML written inside Markdown minutes (a {@code <table>} of tasks, numbered decisions in a {@code <div>}), read by
 * jsoup and written as the Markdown the structure reader understands, the way a DOCX's XHTML is
 * ({@link XhtmlStructure}): a table under its first row, list items with their numbers, headings as {@code #} lines.
 */
final class HtmlBlocks {

	/** The elements whose content is HTML to their closing tag, blank lines or not. */
	private static final Pattern CONTAINER = Pattern.compile("^\\s*<(table|ol|ul|dl|article|section|div)\\b", Pattern.CASE_INSENSITIVE);

	/** How far past its opening tag a container's closing tag is looked for. */
	private static final int REACH = 50_000;

	private HtmlBlocks() {
	}

	/**
	 * Where the HTML block starting at {@code from} ends: for a table or a list, after its closing tag (nesting
	 * counted), even when blank lines cut it into several Markdown blocks; otherwise at {@code blockEnd}.
	 */
	static int end(String text, int from, int blockEnd) {
		Matcher container = CONTAINER.matcher(text.substring(from, Math.min(text.length(), from + 200)));
		if (!container.find()) {
			return blockEnd;
		}
		String name = container.group(1).toLowerCase(Locale.ROOT);
		Matcher tags = Pattern.compile("<(/?)" + name + "\\b[^>]*>", Pattern.CASE_INSENSITIVE)
			.matcher(text.substring(from, Math.min(text.length(), from + REACH)));
		int depth = 0;
		while (tags.find()) {
			depth += tags.group(1).isEmpty() ? 1 : -1;
			if (depth == 0) {
				return Math.max(blockEnd, from + tags.end());
			}
		}
		return blockEnd;
	}

	/** The Markdown of an HTML fragment: its tables, lists, headings and paragraphs. */
	static String markdown(String html) {
		Element body = Jsoup.parseBodyFragment(html).body();
		return XhtmlStructure.markdown(handler -> NodeTraversor.traverse(new Events(handler), body), true);
	}

	/** jsoup's tree as the SAX events of an XHTML document. */
	private record Events(ContentHandler handler) implements NodeVisitor {

		@Override
		public void head(Node node, int depth) {
			try {
				if (node instanceof Element element) {
					handler.startElement("", element.normalName(), element.normalName(), new AttributesImpl());
				}
				else if (node instanceof TextNode textNode) {
					char[] chars = textNode.getWholeText().toCharArray();
					handler.characters(chars, 0, chars.length);
				}
			}
			catch (SAXException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public void tail(Node node, int depth) {
			try {
				if (node instanceof Element element) {
					handler.endElement("", element.normalName(), element.normalName());
				}
			}
			catch (SAXException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}
}

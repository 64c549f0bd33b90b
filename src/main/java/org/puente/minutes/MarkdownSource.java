package org.puente.minutes;

import java.util.List;

import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** Where the blocks commonmark-java parsed sit in the Markdown text, and their source. */
record MarkdownSource(String text) {

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
}

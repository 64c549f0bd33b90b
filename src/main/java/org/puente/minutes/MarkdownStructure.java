package org.puente.minutes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Reads Markdown/GFM minutes by their structure, parsed by commonmark-java: headings open sections (decisions,
 * never, neutral: {@link SectionCues}), list items and paragraphs under a decisions heading are items, task tables are
 * read row by row under their header ({@link TaskColumns}), and elsewhere only what states a decision in place counts.
 */
final class MarkdownStructure {

	private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
		.includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

	private static final Pattern ATX_HEADING = Pattern.compile("(?m)^#{1,6}\\s+\\S|^\\S[^\\n]*\\n={3,}\\s*$");

	private static final Pattern TABLE_DELIMITER = Pattern.compile("(?m)^\\|?\\s*:?-{2,}:?\\s*\\||(?im)^\\s*<table\\b");

	private final String text;

	private final List<Candidate> found = new ArrayList<>();

	/** The headings around the block being read: level and kind, innermost last. */
	private final Deque<int[]> sections = new ArrayDeque<>();

	private @Nullable String theme;

	/** The last paragraph of the section that may be a motion, for an "Approved." below it. */
	private @Nullable Paragraph motion;

	private MarkdownStructure(String text) {
		this.text = text;
	}

	/** Minutes written in Markdown: ATX or "===" headings, or a GFM or HTML table. */
	static boolean looksLikeMarkdown(String text) {
		return ATX_HEADING.matcher(text).find() || TABLE_DELIMITER.matcher(text).find();
	}

	static List<Candidate> items(String text) {
		MarkdownStructure reading = new MarkdownStructure(text);
		reading.blocks();
		return reading.found;
	}

	private void blocks() {
		int readTo = 0;
		for (Node block = PARSER.parse(text).getFirstChild(); block != null; block = block.getNext()) {
			if (block.getSourceSpans().isEmpty() || start(block) >= readTo) {
				readTo = block instanceof HtmlBlock ? html(block) : readTo;
				block(block);
			}
		}
	}

	/**
	 * An HTML block (a table, a list, a {@code div}) read as the Markdown it stands for, in the sections around it;
	 * its items are placed by their words afterwards. Returns where the HTML ends: a table or a list runs to its
	 * closing tag, past any blank line that cut it into several blocks.
	 */
	private int html(Node block) {
		int from = start(block);
		int to = HtmlBlocks.end(text, from, end(block));
		MarkdownStructure inner = new MarkdownStructure(HtmlBlocks.markdown(text.substring(from, to)));
		inner.sections.addAll(sections);
		inner.theme = theme;
		inner.blocks();
		sections.clear();
		sections.addAll(inner.sections);
		theme = inner.theme;
		inner.found.forEach(c -> found.add(new Candidate(c.segment(), TextSpan.NONE, c.confidence())));
		return to;
	}

	private void block(Node block) {
		if (block instanceof Heading heading) {
			String title = source(heading).replaceAll("^#+\\s*|\\s*#+$", "").strip();
			while (!sections.isEmpty() && sections.peekLast()[0] >= heading.getLevel()) {
				sections.removeLast();
			}
			sections.addLast(new int[] { heading.getLevel(), SectionCues.heading(title).ordinal() });
			theme = title;
			motion = null;
			return;
		}
		SectionCues.Kind kind = kind();
		if (block instanceof TableBlock table) {
			if (kind != SectionCues.Kind.NEVER) {
				table(table, kind);
			}
		}
		else if (block instanceof ListBlock list) {
			for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
				if (item instanceof ListItem listItem) {
					item(listItem, kind);
				}
			}
		}
		else if (block instanceof Paragraph paragraph) {
			paragraph(paragraph, kind);
		}
		else if (block instanceof BlockQuote quote) {
			for (Node inner = quote.getFirstChild(); inner != null; inner = inner.getNext()) {
				block(inner);
			}
		}
	}

	/** A bold or colon-ended line that names a section ("**Decisions:**") acts as a heading below the others. */
	private void paragraph(Paragraph paragraph, SectionCues.Kind kind) {
		String words = source(paragraph).strip();
		String firstLine = words.lines().findFirst().orElse("");
		SectionCues.Kind named = SectionCues.labelOnly(firstLine) ? SectionCues.heading(firstLine) : SectionCues.Kind.NEUTRAL;
		if (named != SectionCues.Kind.NEUTRAL) {
			while (!sections.isEmpty() && sections.peekLast()[0] >= 7) {
				sections.removeLast();
			}
			sections.addLast(new int[] { 7, named.ordinal() });
			String rest = words.substring(firstLine.length()).strip();
			if (!rest.isEmpty() && named == SectionCues.Kind.DECISIONS) {
				add(rest, span(paragraph), 0.6);
			}
			return;
		}
		if (kind != SectionCues.Kind.NEVER && SectionCues.approval(words)) {
			Paragraph moved = motion;
			motion = null;
			if (moved != null && kind != SectionCues.Kind.DECISIONS && !SectionCues.inline(source(moved))) {
				add(source(moved), span(moved), 0.8);
			}
			return;
		}
		if (!SectionCues.sponsor(words)) {
			motion = paragraph;
		}
		if (kind == SectionCues.Kind.DECISIONS && words.length() > 15 && !SectionCues.labelOnly(words)) {
			add(words, span(paragraph), 0.6);
		}
		else if (kind != SectionCues.Kind.NEVER && SectionCues.inline(words)) {
			add(words, span(paragraph), 0.7);
		}
		else if (kind != SectionCues.Kind.NEVER) {
			narrative(paragraph);
		}
	}

	/** The sentences of a block outside the decisions sections that tell a decision or a task, each an item. */
	private void narrative(Node block) {
		String words = source(block);
		int offset = start(block);
		for (int[] sentence : Narrative.sentences(words)) {
			add(words.substring(sentence[0], sentence[1]), new TextSpan(offset + sentence[0], offset + sentence[1]), 0.65);
		}
	}

	private void item(ListItem item, SectionCues.Kind kind) {
		Node first = item.getFirstChild();
		if (first == null) {
			return;
		}
		String head = source(first).strip();
		Node nested = first.getNext();
		if (kind == SectionCues.Kind.NEVER) {
			return;
		}
		if (nested instanceof ListBlock list && SectionCues.labelOnly(head)) {
			// "- Decisions:" over its own items, or a short topic over its points
			SectionCues.Kind named = SectionCues.heading(head);
			SectionCues.Kind inner = named == SectionCues.Kind.NEUTRAL ? kind : named;
			for (Node sub = list.getFirstChild(); sub != null; sub = sub.getNext()) {
				if (sub instanceof ListItem subItem) {
					item(subItem, inner);
				}
			}
			return;
		}
		String words = text.substring(start(first), end(item)).strip();
		if (kind == SectionCues.Kind.DECISIONS) {
			add(words, new TextSpan(start(first), end(item)), 0.9);
		}
		else if (SectionCues.inline(head) || head.matches("^\\[[ xX]\\]\\s+.*")) {
			add(words, new TextSpan(start(first), end(item)), 0.7);
		}
		else {
			narrative(first);
			if (nested instanceof ListBlock list) {
				// "- Rajat: Internationalization" over "- Sean will review": the sub-items that carry their own task
				for (Node sub = list.getFirstChild(); sub != null; sub = sub.getNext()) {
					if (sub instanceof ListItem subItem) {
						item(subItem, kind);
					}
				}
			}
		}
	}

	private void table(TableBlock table, SectionCues.Kind kind) {
		found.addAll(MarkdownTables.rows(table, kind, theme, this::source));
	}

	private void add(String words, TextSpan span, double confidence) {
		String clean = words.replaceAll("(?m)^\\s*(?:[-*+]|\\d+[.)])\\s+", "").replaceAll("\\s+", " ").strip();
		if (clean.length() < 3 || kind() != SectionCues.Kind.DECISIONS && Procedural.is(clean)) {
			return;
		}
		found.add(new Candidate(new Segment("", theme, clean), span, confidence));
	}

	private SectionCues.Kind kind() {
		SectionCues.Kind kind = SectionCues.Kind.NEUTRAL;
		for (int[] section : sections) {
			if (section[1] != SectionCues.Kind.NEUTRAL.ordinal()) {
				kind = SectionCues.Kind.values()[section[1]];
			}
		}
		return kind;
	}

	private String source(Node node) {
		return text.substring(start(node), end(node));
	}

	private TextSpan span(Node node) {
		return new TextSpan(start(node), end(node));
	}

	private static int start(Node node) {
		List<SourceSpan> spans = node.getSourceSpans();
		return spans.isEmpty() ? 0 : spans.get(0).getInputIndex();
	}

	private int end(Node node) {
		List<SourceSpan> spans = node.getSourceSpans();
		if (spans.isEmpty()) {
			return 0;
		}
		SourceSpan last = spans.get(spans.size() - 1);
		return Math.min(text.length(), last.getInputIndex() + last.getLength());
	}
}

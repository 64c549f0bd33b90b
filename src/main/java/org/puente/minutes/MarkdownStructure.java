package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
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

	private final String text;
	private final MarkdownSource at;
	private final List<Candidate> found = new ArrayList<>();
	private final List<Heading> topics = new ArrayList<>();

	/** The headings around the block being read. */
	private final MarkdownSections sections = new MarkdownSections();
	private @Nullable String theme;

	/** The last paragraph of the section that may be a motion, for an "Approved." below it. */
	private @Nullable Paragraph motion;

	/** The item found last in a list, which the points of a following list or quote may detail; -1 when none. */
	private int parent = -1;
	private @Nullable ListBlock parentList;

	/** Whether every sentence of prose is a candidate, or only those that tell a decision or a task. */
	private final boolean prose;

	/** The reading: the language told sentences are read in ({@link Narrative#sentences(String, boolean, ReadingContext)}). */
	private final ReadingContext reading;

	private MarkdownStructure(String text, boolean prose, ReadingContext reading) {
		this.text = text;
		this.prose = prose;
		this.reading = reading;
		this.at = new MarkdownSource(text);
	}

	static List<Candidate> items(String text, boolean prose, ReadingContext reading) {
		MarkdownStructure read = new MarkdownStructure(text, prose, reading);
		read.blocks();
		HeadingItems.lead(read.found, read.topics, read.at);
		return read.found;
	}

	private void blocks() {
		int readTo = 0;
		for (Node block = PARSER.parse(text).getFirstChild(); block != null; block = block.getNext()) {
			if (block.getSourceSpans().isEmpty() || at.start(block) >= readTo) {
				readTo = block instanceof HtmlBlock ? html(block) : readTo;
				block(block);
			}
		}
	}

	/**
	 * An HTML block (a table, a list, a {@code div}) read as Markdown in the sections around it, its items placed by their
	 * words afterwards. Returns where it ends: a table or a list runs to its closing tag, past blank lines that cut it.
	 */
	private int html(Node block) {
		int from = at.start(block);
		int to = HtmlBlocks.end(text, from, at.end(block));
		MarkdownStructure inner = new MarkdownStructure(HtmlBlocks.markdown(text.substring(from, to)), prose, reading);
		inner.sections.copy(sections);
		inner.theme = theme;
		inner.blocks();
		sections.copy(inner.sections);
		theme = inner.theme;
		inner.found.forEach(c -> found.add(new Candidate(c.segment(), TextSpan.NONE, c.confidence())));
		return to;
	}

	private void block(Node block) {
		if (block instanceof Heading heading) {
			String title = HeadingItems.title(at.source(heading));
			sections.open(heading.getLevel(), title);
			theme = title;
			if (HeadingItems.leads(title, sections.kind())) {
				topics.add(heading);
			}
			else if (sections.kind() != SectionCues.Kind.NEVER && LabelledLines.heading(title)) {
				add(title, at.span(heading), 0.7); // "### Decisão: o time técnico não se subdivide agora"
			}
			motion = null;
			parent = -1;
			parentList = null;
			return;
		}
		SectionCues.Kind kind = sections.kind();
		if (block instanceof TableBlock table) {
			found.addAll(MarkdownTables.rows(table, kind, theme, at::source)); // in a never section, the minutes' own table only
		}
		else if (block instanceof ListBlock list && parent < 0 && sections.actionsMayStand(motion != null)
				&& ActionLists.actions(list, theme, at::source, reading)) {
			ActionLists.items(list, at).forEach(span -> add(text.substring(span.start(), span.end()), span, ActionLists.WHERE));
		}
		else if (block instanceof ListBlock list) {
			boolean details = parent >= 0 && parentList != null && (list instanceof BulletList
					&& parentList instanceof OrderedList || at.indent(list) > at.indent(parentList));
			for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
				if (item instanceof ListItem listItem) {
					if (details && !ItemDetails.ownAction(at.source(listItem))) {
						detail(parent, listItem);
						continue;
					}
					int before = found.size();
					item(listItem, kind);
					parent = found.size() > before ? found.size() - 1 : -1;
				}
			}
			parentList = parentList != null && details ? parentList : list;
			return;
		}
		else if (block instanceof BlockQuote quote) {
			for (Node inner = quote.getFirstChild(); inner != null; inner = inner.getNext()) {
				if (parent >= 0 && inner instanceof Paragraph && !ItemDetails.statesTask(at.source(inner))) {
					detail(parent, inner); // a remark quoted under an item belongs to it
				}
				else {
					block(inner);
				}
			}
			return;
		}
		else if (block instanceof Paragraph paragraph) {
			paragraph(paragraph, kind);
		}
		parent = -1;
		parentList = null;
	}

	/** A point that details the item above it (no action, owner or date of its own): part of that item. */
	private void detail(int item, Node point) {
		found.set(item, ItemDetails.merge(found.get(item), at.source(point), at.end(point)));
	}

	/** A bold or colon-ended line that names a section ("**Decisions:**") acts as a heading below the others. */
	private void paragraph(Paragraph paragraph, SectionCues.Kind kind) {
		String words = at.source(paragraph).strip();
		if (kind != SectionCues.Kind.NEVER && words.lines().filter(SectionCues::labelled).count() >= 2) {
			for (TextSpan line : SectionCues.labelledLines(words, at.start(paragraph))) {
				add(text.substring(line.start(), line.end()), line, 0.7);
			}
			return;
		}
		String firstLine = words.lines().findFirst().orElse("");
		SectionCues.Kind named = SectionCues.labelOnly(firstLine) ? SectionCues.heading(firstLine) : SectionCues.Kind.NEUTRAL;
		if (named != SectionCues.Kind.NEUTRAL) {
			sections.open(MarkdownSections.LABEL, named, false);
			String rest = words.substring(firstLine.length()).strip();
			if (!rest.isEmpty() && named == SectionCues.Kind.DECISIONS) {
				add(rest, at.span(paragraph), 0.6);
			}
			return;
		}
		if (kind != SectionCues.Kind.NEVER && SectionCues.approval(words) && !SectionCues.inline(words)) {
			// a vote on the paragraph above; "Agreed on storing the minutes on GitHub, approved by …" is one itself
			Paragraph moved = motion;
			motion = null;
			if (moved == null && paragraph.getPrevious() instanceof Heading above && HeadingItems.voteAlone(words)) {
				add(HeadingItems.title(at.source(above)), at.span(above), 0.8); // "### Illustration Minor" / "Passed."
			}
			else if (moved != null && kind != SectionCues.Kind.DECISIONS && !SectionCues.inline(at.source(moved))) {
				add(at.source(moved), at.span(moved), 0.8);
			}
			return;
		}
		if (!SectionCues.sponsor(words)) {
			motion = paragraph;
		}
		if (kind == SectionCues.Kind.DECISIONS && words.length() > 15 && !SectionCues.labelOnly(words)) {
			Units.lines(text, at.span(paragraph)).forEach(line -> add(text.substring(line.start(), line.end()), line, 0.6));
		}
		else if (kind != SectionCues.Kind.NEVER && SectionCues.inline(words)) {
			add(words, at.span(paragraph), 0.7);
		}
		else if (kind != SectionCues.Kind.NEVER) {
			narrative(paragraph);
		}
	}

	/** Every sentence of a block outside the decisions sections (without prose, the told ones and a list item's first: {@link ListSiblings}). */
	private void narrative(Node block) {
		String words = at.source(block);
		boolean line = !prose && block.getParent() instanceof ListItem && block.getPrevious() == null;
		boolean first = true;
		for (int[] s : line ? ListItemTold.spans(Narrative.sentences(words, true, reading)) : Narrative.sentences(words, prose, reading)) {
			if (s[2] == 1 || prose || line && first) {
				add(words.substring(s[0], s[1]), new TextSpan(at.start(block) + s[0], at.start(block) + s[1]), s[2] == 1 ? Prose.NARRATIVE : Prose.WHERE);
			}
			first = false;
		}
	}

	private void item(ListItem item, SectionCues.Kind kind) {
		Node first = item.getFirstChild();
		if (first == null) {
			return;
		}
		String head = at.source(first).strip();
		Node nested = first.getNext();
		if (kind == SectionCues.Kind.NEVER) {
			if (sections.underAgenda()) {
				AgendaNotes.read(item, at, note -> add(at.source(note), at.span(note), 0.7), this::narrative);
			}
			return;
		}
		List<TextSpan> assigned = kind == SectionCues.Kind.NEUTRAL ? Assignments.items(item, at) : List.of();
		if (!assigned.isEmpty()) {
			assigned.forEach(span -> add(text.substring(span.start(), span.end()), span, 0.7));
			return;
		}
		if (nested instanceof ListBlock list && SectionCues.labelOnly(head) && !Narrative.states(head, reading)) {
			// "- Decisions:" over its own items, or a short topic over its points
			SectionCues.Kind named = SectionCues.heading(head);
			if (named == SectionCues.Kind.NEUTRAL && kind == SectionCues.Kind.DECISIONS && !ItemDetails.anyOwnAction(list, at::source)) {
				withPoints(first, list, kind, 0.9); // "- Funcionalidades:" over "- Cadastro", "- Relatórios": one decision
				return;
			}
			subItems(list, named == SectionCues.Kind.NEUTRAL ? kind : named);
			return;
		}
		String words = text.substring(at.start(first), at.end(item)).strip();
		if (kind == SectionCues.Kind.DECISIONS && nested instanceof ListBlock list && ItemDetails.anyOwnAction(list, at::source)) {
			withPoints(first, list, kind, 0.9); // a decision over points that are tasks of their own
		}
		else if (kind != SectionCues.Kind.DECISIONS && nested instanceof ListBlock list && head.endsWith(":")
				&& Narrative.states(head, reading)) {
			withPoints(first, list, kind, Prose.NARRATIVE); // "Foram definidos os detalhes …:" over the details
		}
		else if (kind == SectionCues.Kind.DECISIONS) {
			add(words, new TextSpan(at.start(first), at.end(item)), 0.9);
		}
		else if (SectionCues.inline(head) || head.matches("^\\[[ xX]\\]\\s+.*") || ItemDetails.outcome(head)) {
			add(words, new TextSpan(at.start(first), at.end(item)), 0.7);
		}
		else {
			narrative(first);
			if (nested instanceof ListBlock list) {
				// "- Rajat: Internationalization" over "- Sean will review": the sub-items that carry their own task
				subItems(list, kind);
			}
		}
	}

	private void subItems(ListBlock list, SectionCues.Kind kind) {
		for (Node sub = list.getFirstChild(); sub != null; sub = sub.getNext()) {
			if (sub instanceof ListItem subItem) {
				item(subItem, kind);
			}
		}
	}

	/** An item over its points: each point that is a task of its own is an item, the others detail the item. */
	private void withPoints(Node first, ListBlock points, SectionCues.Kind kind, double confidence) {
		int decision = add(at.source(first), at.span(first), confidence) ? found.size() - 1 : -1;
		for (Node sub = points.getFirstChild(); sub != null; sub = sub.getNext()) {
			if (sub instanceof ListItem point && ItemDetails.ownAction(at.source(point))) {
				item(point, kind);
			}
			else if (decision >= 0) {
				detail(decision, sub);
			}
		}
	}

	private boolean add(String words, TextSpan span, double confidence) {
		String clean = MarkdownSource.itemWords(words);
		if (clean.length() < 3 || sections.kind() != SectionCues.Kind.DECISIONS && Procedural.is(clean)) {
			return false;
		}
		return found.add(new Candidate(new Segment("", theme, clean), span, confidence));
	}
}

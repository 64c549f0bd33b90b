package org.puente.minutes;

import java.util.List;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Markdown headings that are part of an item rather than only the names of their sections. A topic heading under a
 * decisions heading ("# Choses à faire" / "## Benner lns01" / "Voir avec Gitoyen …"), where the writer made each task
 * a heading and wrote its details below it: the first item of the block under it begins at the heading, as a reader
 * quotes it. And a heading over a vote alone ("### Illustration Minor" / "Passed unanimously."): the heading is the
 * motion voted.
 */
final class HeadingItems {

	/** How long a topic heading may be to open the item below it (a longer one is a sentence of its own). */
	private static final int TOPIC = 90;

	/** How many words a vote may have to record only the vote on what precedes it. */
	private static final int VOTE = 4;

	private HeadingItems() {
	}

	/** A heading's words without its ATX marks. */
	static String title(String source) {
		return source.replaceAll("^#+\\s*|\\s*#+$", "").strip();
	}

	/**
	 * Whether a heading opened in a decisions section (its kind inherited, not named) opens the first item below it;
	 * not one that only names who acts ("=== Ian Edwards"), which gives the items below it their owner instead.
	 */
	static boolean leads(String title, SectionCues.Kind kind) {
		return kind == SectionCues.Kind.DECISIONS && MarkdownSections.kind(title) == SectionCues.Kind.NEUTRAL
				&& title.length() >= 3 && title.length() <= TOPIC && !ActionOwners.namesPeople(title);
	}

	/** A paragraph that only records a vote ("Passed unanimously.", "Aprobado por unanimidad."), with no object. */
	static boolean voteAlone(String paragraph) {
		return paragraph.strip().split("\\s+").length <= VOTE;
	}

	/**
	 * The first item of the block right under each topic heading, begun at the heading: "Benner lns01: Voir avec
	 * Gitoyen …". An item placed by its words only (a table's row, an HTML block's) is left as it is, and so is a line
	 * of the meeting's record ("Asistentes: …").
	 */
	static void lead(List<Candidate> found, List<Heading> topics, MarkdownSource at) {
		for (Heading topic : topics) {
			Node below = topic.getNext();
			if (below == null || below instanceof Heading || below.getSourceSpans().isEmpty()) {
				continue;
			}
			for (int i = 0; i < found.size(); i++) {
				Candidate item = found.get(i);
				Segment words = item.segment();
				if (item.span().start() >= at.end(topic) && item.span().start() < at.end(below)) {
					if (FieldLabels.headerLine(words.text())) {
						break; // "### Acta 2024-01" over "* **Asistentes:** …": the record of a meeting, no task
					}
					found.set(i, new Candidate(new Segment(words.number(), words.theme(),
							title(at.source(topic)) + ": " + words.text(), words.owners(), words.due()),
							new TextSpan(at.start(topic), item.span().end()), item.confidence()));
					break;
				}
			}
		}
	}
}

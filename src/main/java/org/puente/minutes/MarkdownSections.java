package org.puente.minutes;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The headings around the block being read, innermost last, each with its kind ({@link SectionCues}): the innermost
 * heading that is not neutral decides whether a block may hold decisions.
 */
final class MarkdownSections {

	/** The level of a line that only names a section ("**Decisions:**"): below every heading. */
	static final int LABEL = 7;

	private record Section(int level, SectionCues.Kind kind, boolean agenda) {
	}

	private final Deque<Section> open = new ArrayDeque<>();

	/** Opens a section at a heading of the level, closing those at its level or below. */
	void open(int level, String title) {
		open(level, SectionCues.heading(title), SectionCues.agenda(title));
	}

	void open(int level, SectionCues.Kind kind, boolean agenda) {
		while (!open.isEmpty() && open.peekLast().level() >= level) {
			open.removeLast();
		}
		open.addLast(new Section(level, kind, agenda));
	}

	/** The same sections as another reading (an HTML block read inside the Markdown, or the Markdown after it). */
	void copy(MarkdownSections other) {
		open.clear();
		open.addAll(other.open);
	}

	SectionCues.Kind kind() {
		SectionCues.Kind kind = SectionCues.Kind.NEUTRAL;
		for (Section section : open) {
			kind = section.kind() != SectionCues.Kind.NEUTRAL ? section.kind() : kind;
		}
		return kind;
	}

	/** Whether the section that decides the kind is the agenda (not attendance, nor a review of the last meeting). */
	boolean underAgenda() {
		boolean agenda = false;
		for (Section section : open) {
			agenda = section.kind() != SectionCues.Kind.NEUTRAL ? section.agenda() : agenda;
		}
		return agenda;
	}
}

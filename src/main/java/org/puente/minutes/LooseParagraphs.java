package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.TextFolding;

/**
 * The plain paragraphs of a section, for {@link SectionReader}: under an agreements heading with no marked items, each
 * paragraph is one agreement (but the account of the meeting itself, {@link Cues#MEETING_NARRATIVE}).
 */
final class LooseParagraphs {

	private final List<String> ended = new ArrayList<>();

	private @Nullable StringBuilder open;

	/** Adds a line to the open paragraph, or opens one with it. */
	void append(String line) {
		if (open == null) {
			open = new StringBuilder();
		}
		LineShapes.append(open, line.strip(), false);
	}

	/** Whether the open paragraph ends a sentence ("." or ";"). */
	boolean endsSentence() {
		return open != null && open.toString().matches("(?s).*[.;]$");
	}

	/** Ends the open paragraph, kept when {@code keep} (the section has no items) and not blank. */
	void end(boolean keep) {
		if (open != null && !open.toString().isBlank() && keep) {
			ended.add(open.toString().strip());
		}
		open = null;
	}

	/** Whether a paragraph was read or is open. */
	boolean any() {
		return !ended.isEmpty() || open != null;
	}

	/** The ended paragraphs as agreements under the theme, the account of the meeting left out. */
	List<Segment> items(@Nullable String theme) {
		List<Segment> items = new ArrayList<>();
		for (String paragraph : ended) {
			if (!Cues.MEETING_NARRATIVE.matcher(TextFolding.fold(paragraph)).find()) {
				items.add(new Segment("", theme, paragraph));
			}
		}
		return items;
	}

	void clear() {
		ended.clear();
		open = null;
	}
}

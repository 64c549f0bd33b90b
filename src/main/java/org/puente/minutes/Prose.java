package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;

import org.puente.i18n.TextFolding;

/**
 * Every sentence of the paragraphs of plain-text minutes as a candidate, for the scoring to weigh: decisions told in
 * prose ("Two applications had been received … and it was unanimously agreed", "Facundo trajo propuesta …, le va a
 * empezar a dar forma") that no section or cue of the layout reader announces. A sentence the layout reader's items
 * already hold is left out; one that holds an item is kept beside it (the scoring sees it as a sentence of prose).
 */
final class Prose {

	/** The confidence that marks a sentence of prose found by this reader ({@link ScoringFeatures}' "where"). */
	static final double WHERE = 0.5;

	/** Where a sentence outside the decisions sections that {@link Narrative} reads as a decision or a task is found. */
	static final double NARRATIVE = 0.65;

	private static final int SHORTEST = 20;

	private static final int LONGEST = 800;

	private Prose() {
	}

	static List<Candidate> sentences(String text, List<Candidate> items, ReadingContext reading) {
		return sentences(text, items, true, reading);
	}

	/**
	 * The sentences of the paragraphs that {@link Narrative} reads as a decision or a task ("Chair Jerdonek will check
	 * on that.", "Ficou acordado que …") and that the items do not hold, each an item found where {@link #NARRATIVE}:
	 * the layout reader reads told sentences only when it finds no decisions section, so beside one they were lost. A
	 * sentence that holds an item (the item's line and the next, joined) is left to the item, and a list's items to the
	 * list readers (in a discussion, "- Chile propone …", they report what each one said).
	 */
	static List<Candidate> told(String text, List<Candidate> items, ReadingContext reading) {
		return sentences(text, items, false, reading);
	}

	private static List<Candidate> sentences(String text, List<Candidate> items, boolean every, ReadingContext reading) {
		List<String> held = items.stream().map(c -> folded(c.segment().text())).toList();
		List<Candidate> found = new ArrayList<>();
		for (String paragraph : paragraphs(text, every)) {
			String whole = every ? "" : folded(paragraph);
			if (!every && held.stream().anyMatch(h -> h.contains(whole))) {
				continue; // a paragraph an item holds (a decisions section's): none of its sentences is weighed again
			}
			for (int[] s : Narrative.sentences(paragraph, every, reading)) {
				String sentence = paragraph.substring(s[0], s[1]).strip();
				String key = folded(sentence);
				if (sentence.length() < SHORTEST || sentence.length() > LONGEST || Procedural.is(sentence)
						|| held.stream().anyMatch(h -> h.contains(key) || !every && key.contains(h))) {
					continue;
				}
				found.add(new Candidate(new Segment("", null, sentence), TextSpan.NONE, every ? WHERE : NARRATIVE));
			}
		}
		return found;
	}

	/** The paragraphs of the text: lines joined up to a blank line or a line that opens with a marker. */
	static List<String> paragraphs(String text) {
		return paragraphs(text, true);
	}

	/** The paragraphs, with or without those a marker opens (a list's items, which the list readers weigh). */
	private static List<String> paragraphs(String text, boolean items) {
		List<String> lines = LineLayout.closeUpWrappedLines(List.of(Segmenter.lines(text)));
		List<String> paragraphs = new ArrayList<>();
		StringBuilder paragraph = new StringBuilder();
		boolean item = false;
		for (int i = 0; i <= lines.size(); i++) {
			String raw = i < lines.size() ? lines.get(i) : "";
			String line = raw.strip();
			Markers.Marker marker = line.isEmpty() ? null : Markers.marker(line);
			if (!items && item && marker == null && !line.isEmpty() && ownLine(raw, paragraph)) {
				// a line of its own after a list item's: minutes with no blank line ("M. BESSE est élu …", read as the
				// letter "M.", then every line below it) lost all their told sentences to that one item
				paragraph.setLength(0);
				item = false;
			}
			if (!line.isEmpty() && marker == null) {
				paragraph.append(paragraph.length() > 0 ? " " : "").append(line);
				continue;
			}
			if (!paragraph.toString().isBlank() && (items || !item)) {
				paragraphs.add(paragraph.toString());
			}
			paragraph.setLength(0);
			item = marker != null;
			if (marker != null) {
				paragraph.append(marker.content());
			}
		}
		return paragraphs;
	}

	/**
	 * An unindented line opening with a capital after a line that ended its sentence: not the item's continuation (an
	 * indented line, or the rest of a sentence, is). Without the stop the same cut proposed more and matched no more.
	 */
	private static boolean ownLine(String raw, CharSequence before) {
		if (raw.isEmpty() || !Character.isUpperCase(raw.charAt(0))) {
			return false; // an indented line starts with a space, which is no capital
		}
		// the last character that is not a space, read in place: no copy of the paragraph for every line
		int end = before.length();
		while (end > 0 && Character.isWhitespace(before.charAt(end - 1))) {
			end--;
		}
		return end > 0 && ".!?".indexOf(before.charAt(end - 1)) >= 0;
	}

	private static String folded(String text) {
		return TextFolding.fold(text).replaceAll("[^\\p{L}\\d]+", " ").strip();
	}
}

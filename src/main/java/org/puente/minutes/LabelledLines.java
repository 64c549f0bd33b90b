package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.puente.i18n.TextFolding;

/**
 * Lines that hold their decision after a label naming it ("Decisão: …", "AGREED: …", "ACTION: …", "Conclusion: …"),
 * wherever the layout put them: a Markdown heading that states the decision itself, or a point of a plain-text list
 * that no decisions heading opened (minutes written as their agenda with the outcome under each point).
 */
final class LabelledLines {

	/** How many words a labelled heading must state after its label to be the decision itself, not a topic. */
	private static final int STATED = 4;

	/** A label's end within a label's length of the start ("Action item A2014-07:", "Decisión -"). */
	private static final Pattern LABEL_MARK = Pattern.compile("^.{0,40}?[:\\-–—]");

	/** How far into a line a point's label may end: its indent, its marker and the label ("    • Action item 3:"). */
	private static final int LABEL_REACH = 60;

	/** Weighed as the structure's inline cues are ({@code where.inline}). */
	static final double WHERE = 0.7;

	private LabelledLines() {
	}

	/**
	 * Whether the heading opens with a decision's label and states the decision after its colon ("### Decisão: o time
	 * técnico não se subdivide agora", "## Decision: we keep one weekly meeting"): the heading is the item, the
	 * paragraphs below it its account. A label over a topic ("## Acuerdo: Presupuesto 2024") states no decision.
	 */
	static boolean heading(String title) {
		String folded = fold(title);
		Matcher label = Cues.INLINE_AGREEMENT.matcher(folded);
		return label.find() && folded.substring(0, label.end()).strip().endsWith(":")
				&& folded.substring(label.end()).strip().split("\\s+").length >= STATED;
	}

	/**
	 * Whether a point opens with the label of an outcome ("AGREED: We can invite others …", "ACTION: Shannon will
	 * schedule …", "Decision: continues as highest priority"), not with a cue that opens a sentence ("Se acuerda que").
	 */
	static boolean point(String content) {
		if (!LABEL_MARK.matcher(content).find()) {
			return false; // no colon or dash near its start: no label (most points; folding is the cost)
		}
		String folded = fold(content);
		Matcher label = Cues.INLINE_AGREEMENT.matcher(folded);
		return label.find() && Cues.LABEL_END.matcher(folded.substring(0, label.end()).strip()).find();
	}

	/**
	 * The labelled points of plain text that the layout reader's items do not hold ("  • AGREED: We can invite …"
	 * under "• Item 11: Discuss invitations …", "1. Decision: continues as highest priority" under "1. Agenda:"), each
	 * an item of its line, as an inline label is. Even under an agenda: minutes written as their agenda put the
	 * outcome under each point, and an agenda's own points name topics, not outcomes (on the 42 development parts the
	 * points added under a section that never holds decisions were all labelled agreements).
	 */
	static List<Candidate> plain(String text, List<Candidate> items) {
		List<Candidate> found = new ArrayList<>();
		List<String> held = null; // folded only when a labelled point is found (most texts have none)
		int offset = 0;
		for (String line : text.split("\n", -1)) {
			// a label's end near the line's start, looked for before the marker is read: most lines have none, and
			// reading every line's marker a second time (ActionLists.plain reads them too) cost a tenth of the reading
			Markers.Marker marker = labelEnd(line) ? Markers.marker(line.strip()) : null;
			if (marker != null && point(marker.content())) {
				held = held != null ? held : items.stream().map(c -> TextFolding.fold(c.segment().text())).toList();
				String folded = TextFolding.fold(marker.content().strip());
				int at = line.indexOf(marker.content());
				if (held.stream().noneMatch(h -> h.contains(folded))) {
					found.add(new Candidate(new Segment("", null, marker.content().strip()), at < 0 ? TextSpan.NONE
							: new TextSpan(offset + at, offset + at + marker.content().length()), WHERE));
				}
			}
			offset += line.length() + 1;
		}
		return found;
	}

	/** Whether a colon or a dash stands after the line's first character and within a label's reach of it. */
	private static boolean labelEnd(String line) {
		int start = 0;
		while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
			start++;
		}
		for (int i = start + 1; i < Math.min(line.length(), start + LABEL_REACH); i++) {
			char c = line.charAt(i);
			if (c == ':' || c == '-' || c == '–' || c == '—') {
				return true;
			}
		}
		return false;
	}

	private static String fold(String text) {
		return TextFolding.fold(Markers.stripEmphasis(text.strip())).strip();
	}
}

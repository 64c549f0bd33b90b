package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the items out of the plain-text layout of minutes. Items start at a marker ("1.", "a)", "Primero.", "Acuerdo
 * 3:", a bullet) under an agreements heading ("Acuerdos", "Decisions", "han acordado:"); lines without a marker
 * continue the item above, so blank lines and page breaks inside an item do not split it. Discussion sections are
 * left out.
 */
final class Segmenter {

	private Segmenter() {
	}

	static List<Segment> segment(String text, ReadingContext reading) {
		List<String> lines = LineLayout.unfoldInlineLists(LineLayout.closeUpWrappedLines(LineLayout.joinLoneBullets(List.of(lines(text)))));
		List<Segment> found = new SectionReader(lines, false).read();
		if (found.isEmpty()) {
			// No agreements section: minutes that record each decision in the account of its agenda item; when every
			// such decision sits inside a numbered point, the points are the items (read below).
			found = outOfProcedure(LineLayout.inParagraphs(lines));
			if (!found.isEmpty() && found.stream().noneMatch(s -> s.number().isEmpty())) {
				found = outOfProcedure(new SectionReader(lines, true).read());
			}
		}
		if (found.isEmpty()) {
			// No decisions section: decisions told in the account of the discussion ("convenimos en que …"), or, when
			// the minutes are a numbered list of decisions holding the few sentences told so, that list.
			List<Segment> told = outOfProcedure(LineLayout.inSentences(lines, reading));
			List<Segment> numbered = outOfProcedure(new SectionReader(lines, true).read());
			found = told.isEmpty() || holds(numbered, told) ? numbered : told;
		}
		return numbered(ToldSentences.split(PointHeadings.cut(lines, found, reading), reading));
	}

	/** Outside a decisions section, the meeting's own procedure (the last minutes approved, the session closed). */
	private static List<Segment> outOfProcedure(List<Segment> found) {
		return found.stream().filter(s -> !Procedural.is(s.text())).toList();
	}

	/** A numbered reading of at least twice as many items as the told sentences, each of which it holds. */
	private static boolean holds(List<Segment> numbered, List<Segment> told) {
		return numbered.size() >= 3 && told.size() * 2 <= numbered.size()
				&& told.stream().allMatch(t -> numbered.stream().anyMatch(n -> n.text().contains(t.text())));
	}

	static String[] lines(String text) {
		return text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n').replace('\u00A0', ' ')
			.split("\n", -1);
	}

	/** Items without a number of their own get their position. */
	static List<Segment> numbered(List<Segment> found) {
		List<Segment> numbered = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			Segment s = found.get(i);
			numbered.add(s.number().isEmpty() ? new Segment(String.valueOf(i + 1), s.theme(), s.text()) : s);
		}
		return numbered;
	}
}

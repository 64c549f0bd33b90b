package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where an item starts under a numbered point that is only a topic heading ("1 – Analyse du compte de résultats",
 * "3- Vente des tables de la salle des fêtes", "1. Vie administrative du club"): the heading names an agenda point,
 * and the lines below it are the account of that point, not one numbered decision. The corpus rules read such an
 * account as prose (agenda items are not agreements; in narrative "the sentence stating [the decision] is the
 * item") and a dash list under a topic as its points (sub-items belong to a parent only when the parent is a
 * decision). So the point is cut where its dash lines begin and, as any paragraph, where a sentence tells a decision
 * or a task ({@link ToldSentences}); its beginning, heading included, stays the item it was, with its number.
 *
 * <p>A point whose number stands before a sentence ("7. Con motivo del inicio … Se aprueba …") is a numbered
 * paragraph and stays whole: whether its decision or its first words start the item is read two ways by the
 * labellers (the second labelling of 5 December, category c), and the golds keep numbered paragraphs whole.
 */
final class PointHeadings {

	/** A topic is a short label: a few words, no sentence end inside or after them. */
	private static final int LONGEST_TOPIC = 70;

	private PointHeadings() {
	}

	/** The segments, those under a numbered topic heading cut where their dash lines and told sentences begin. */
	static List<Segment> cut(List<String> lines, List<Segment> found, ReadingContext reading) {
		List<Heading> headings = headings(lines);
		if (headings.isEmpty()) {
			return found;
		}
		List<Segment> cut = new ArrayList<>();
		for (Segment s : found) {
			Heading h = heading(s, headings);
			if (h == null) {
				cut.add(s);
				continue;
			}
			List<Segment> pieces = new ArrayList<>();
			for (String piece : points(s.text(), h)) {
				pieces.addAll(ToldSentences.split(List.of(new Segment("", s.theme(), piece, s.owners(), s.due())), reading));
			}
			Segment first = pieces.get(0);
			pieces.set(0, new Segment(s.number(), first.theme(), first.text(), first.owners(), first.due()));
			cut.addAll(pieces);
		}
		return cut;
	}

	private static @Nullable Heading heading(Segment s, List<Heading> headings) {
		if (s.number().isEmpty()) {
			return null;
		}
		for (Heading h : headings) {
			if (h.number().equals(s.number()) && s.text().startsWith(h.topic())
					&& s.text().length() > h.topic().length() + 1) {
				return h;
			}
		}
		return null;
	}

	/** The point's text cut before each dash line under the heading (a dash line ending in ':' keeps those below it). */
	private static List<String> points(String text, Heading h) {
		List<String> points = new ArrayList<>();
		int from = 0;
		int searchFrom = h.topic().length();
		boolean open = false;
		for (String dash : h.dashes()) {
			String head = dash.substring(0, Math.min(dash.length(), 25));
			int at = text.indexOf(head, searchFrom);
			if (at < 0) {
				continue;
			}
			searchFrom = at + head.length();
			if (!open && at > from) {
				String before = text.substring(from, at).replaceAll("[\\s\\-–•:]+$", "");
				if (from == 0 && before.equals(h.topic().replaceAll("[\\s:]+$", ""))) {
					from = at; // the heading alone names the point: not an item, its first dash line opens the first
				}
				else if (!before.isBlank()) {
					points.add(before);
					from = at;
				}
			}
			open = dash.strip().endsWith(":");
		}
		points.add(text.substring(from));
		return points;
	}

	/**
	 * The numbered points of the lines that are topic headings: a short label with no sentence end that
	 * tells nothing, alone on its line, followed by its account (a line with no number) — with the dash lines under it.
	 */
	static List<Heading> headings(List<String> lines) {
		List<Heading> found = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Markers.Marker m = Markers.marker(lines.get(i));
			if (m == null || m.type() != Markers.MarkerType.NUMBER || !topic(m.content())) {
				continue;
			}
			int next = i + 1;
			while (next < lines.size() && lines.get(next).isBlank()) {
				next++;
			}
			if (next == lines.size()) {
				continue;
			}
			Markers.Marker below = Markers.marker(lines.get(next));
			if (below != null && below.type() != Markers.MarkerType.BULLET) {
				continue; // a list of points, not an account
			}
			List<String> dashes = new ArrayList<>();
			boolean details = false; // dash lines after "Ces tarifs sont :" detail that line and open nothing
			for (int j = next; j < lines.size(); j++) {
				Markers.Marker d = Markers.marker(lines.get(j));
				if (d != null && d.type() != Markers.MarkerType.BULLET) {
					break;
				}
				if (d == null && !lines.get(j).isBlank()) {
					details = lines.get(j).strip().endsWith(":");
				}
				else if (d != null && !d.content().isBlank() && !details) {
					dashes.add(d.content());
				}
			}
			found.add(new Heading(m.label(), m.content(), dashes));
		}
		return found;
	}

	/** A topic label: "Vente des tables de la salle des fêtes", "2024 meeting dates"; not "Proponer a la CRM …". */
	static boolean topic(String content) {
		String plain = Narrative.EMPHASIS_MARKS.matcher(content).replaceAll("").strip();
		return plain.length() >= 3 && plain.length() <= LONGEST_TOPIC && !plain.matches(".*[.!?;]$")
				&& !plain.matches(".*[.!?;]\\s+\\p{Lu}.*") && !Narrative.states(plain) && !ItemDetails.opensWithVerb(plain);
	}

	record Heading(String number, String topic, List<String> dashes) {
	}
}

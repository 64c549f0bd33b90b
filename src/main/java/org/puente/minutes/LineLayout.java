package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.puente.i18n.TextFolding;

import static org.puente.minutes.Cues.DECIDED_IN_SENTENCE;
import static org.puente.minutes.Cues.INLINE_ITEM;

/** How the lines of minutes are laid out: lists run into one paragraph, PDF line breaks, table rows as text. */
final class LineLayout {

	private LineLayout() {
	}

	/**
	 * "Acuerdos: 1) Chile enviará … 2) La ST circulará …" written as one paragraph becomes a heading and one line per
	 * item. Only a run of consecutive markers from 1 (or a) counts, so "el 20) de" or a stray "b)" splits nothing.
	 */
	static List<String> unfoldInlineLists(List<String> lines) {
		List<String> out = new ArrayList<>(lines.size());
		for (String line : lines) {
			int colon = line.indexOf(':');
			if (colon <= 0 || colon > 80 || !Cues.isAgreementsHeading(line.substring(0, colon + 1))) {
				out.add(line);
				continue;
			}
			String rest = line.substring(colon + 1);
			List<Integer> cuts = new ArrayList<>();
			Matcher m = INLINE_ITEM.matcher(rest);
			String expected = null;
			while (m.find()) {
				String label = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(java.util.Locale.ROOT);
				if (expected == null ? label.equals("1") || label.equals("a") : label.equals(expected)) {
					cuts.add(m.start());
					expected = label.matches("\\d+") ? String.valueOf(Integer.parseInt(label) + 1)
							: String.valueOf((char) (label.charAt(0) + 1));
				}
			}
			if (cuts.size() < 2 || !rest.substring(0, cuts.get(0)).isBlank()) {
				out.add(line);
				continue;
			}
			out.add(line.substring(0, colon + 1));
			for (int i = 0; i < cuts.size(); i++) {
				out.add(rest.substring(cuts.get(i), i + 1 < cuts.size() ? cuts.get(i + 1) : rest.length()).strip());
			}
		}
		return out;
	}

	/**
	 * Text out of a PDF may set a list's bullet alone on its line, its words on the next one ("●" / "" / "Seth van
	 * Hooland (SVH) opened …", "-" / "Électricité"): the bullet opens the item its words begin, so it is put before
	 * them. A run of lone bullets (a column of glyphs whose words come after it) is left as it is.
	 */
	static List<String> joinLoneBullets(List<String> lines) {
		List<String> out = null;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (!loneBullet(line) || i > 0 && loneBullet(lines.get(i - 1))) {
				if (out != null) {
					out.add(line);
				}
				continue;
			}
			int next = i + 1;
			while (next < lines.size() && next <= i + 2 && lines.get(next).isBlank()) {
				next++;
			}
			if (next >= lines.size() || lines.get(next).isBlank() || loneBullet(lines.get(next))
					|| Markers.marker(lines.get(next)) != null) {
				if (out != null) {
					out.add(line);
				}
				continue;
			}
			if (out == null) {
				out = new ArrayList<>(lines.subList(0, i));
			}
			out.add(line.strip() + " " + lines.get(next).strip());
			i = next;
		}
		return out == null ? lines : out;
	}

	private static final java.util.regex.Pattern LONE_BULLET = java.util.regex.Pattern.compile("\\s*[-•●▪◦·–—*\\uF0B7\\uF0A7]\\s*");

	/** Asked of every line of a reading: most are longer than a bullet and its spaces, and are answered without the pattern. */
	private static boolean loneBullet(String line) {
		return line.length() <= 8 && LONE_BULLET.matcher(line).matches();
	}

	/**
	 * Text out of a PDF may put a blank line after every printed line, so that a blank line says nothing and
	 * sentences run on across it ("in Montevideo. The" / "" / "dates proposed ..."). Then single blank lines are
	 * dropped and only longer gaps are kept as paragraph breaks; text whose blank lines do end paragraphs is left as is.
	 */
	static List<String> closeUpWrappedLines(List<String> lines) {
		int text = 0;
		int followedByBlank = 0;
		int runOns = 0;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			text++;
			if (i + 1 < lines.size() && lines.get(i + 1).isBlank()) {
				followedByBlank++;
			}
			if (i + 2 < lines.size() && lines.get(i + 1).isBlank() && !lines.get(i + 2).isBlank()) {
				String line = lines.get(i).strip();
				String next = lines.get(i + 2).strip();
				if (line.matches(".*[\\p{L},]$") && Character.isLowerCase(next.charAt(0))) {
					runOns++;
				}
			}
		}
		if (runOns < 1 || followedByBlank < 0.8 * text) {
			return lines;
		}
		List<String> closed = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			boolean single = lines.get(i).isBlank() && i > 0 && i + 1 < lines.size() && !lines.get(i - 1).isBlank()
					&& !lines.get(i + 1).isBlank();
			boolean repeated = lines.get(i).isBlank() && !closed.isEmpty() && closed.get(closed.size() - 1).isBlank();
			if (!single && !repeated) {
				closed.add(lines.get(i).isBlank() ? "" : lines.get(i));
			}
		}
		return closed;
	}

	/**
	 * "Após debate, deliberou-se que a minuta será ...": the sentence with its cue, and the rest of the paragraph up to
	 * the next cue's sentence, is the agreement (the corpus rules: the item is the sentence that states it, cue kept).
	 * A paragraph that opens with a number ("0. Procedimiento para las reuniones. Se resolvió que …") is a numbered
	 * point of the minutes: its item carries that number, so that the point as a whole can be read instead.
	 */
	static List<Segment> inParagraphs(List<String> lines) {
		List<Segment> found = new ArrayList<>();
		StringBuilder paragraph = new StringBuilder();
		for (int i = 0; i <= lines.size(); i++) {
			String line = i < lines.size() ? lines.get(i).strip() : "";
			if (!line.isEmpty()) {
				paragraph.append(paragraph.length() > 0 ? " " : "").append(line);
				continue;
			}
			String text = paragraph.toString();
			Markers.Marker point = Markers.marker(text);
			String number = point != null && point.type() == Markers.MarkerType.NUMBER ? point.label() : "";
			Matcher m = DECIDED_IN_SENTENCE.matcher(TextFolding.fold(text));
			int from = -1;
			int floor = point == null ? 0 : Math.max(0, text.indexOf(point.content())); // after the point's number
			while (m.find()) {
				int start = Math.max(floor, sentenceStart(text, m.start()));
				if (from >= 0 && start > from) {
					found.add(new Segment(number, null, text.substring(from, start).strip()));
				}
				from = from >= 0 && start <= from ? from : start;
			}
			if (from >= 0) {
				found.add(new Segment(number, null, text.substring(from).strip()));
			}
			paragraph.setLength(0);
		}
		return found;
	}

	/** Where the sentence of the cue found at {@code at} begins: after the last stop (not an abbreviation's) and space. */
	private static int sentenceStart(String text, int at) {
		int cue = at;
		while (cue < text.length() && !Character.isLetter(text.charAt(cue))) {
			cue++; // past the stop or comma the cue's pattern begins with
		}
		for (int i = Math.min(cue, text.length()) - 1; i > 0; i--) {
			if (Character.isWhitespace(text.charAt(i)) && ".;!?".indexOf(text.charAt(i - 1)) >= 0
					&& !Abbreviations.before(text, i - 1)) {
				int start = i + 1;
				while (start < cue && ".*_ ".indexOf(text.charAt(start)) >= 0) {
					start++; // a heading's leader dots and emphasis marks ("…. ....**") are not the sentence
				}
				return start;
			}
		}
		return 0;
	}

	/**
	 * Decisions and pending tasks stated in the account of the discussion: each sentence with a first-person or
	 * impersonal decision ("convenimos en que", "estuvimos de acuerdo", "está pendiente", "we agreed", "ficou combinado",
	 * "nous avons décidé") is an item. For minutes with no decisions section, no numbered decisions.
	 */
	static List<Segment> inSentences(List<String> lines, ReadingContext reading) {
		List<Segment> found = new ArrayList<>();
		StringBuilder paragraph = new StringBuilder();
		for (int i = 0; i <= lines.size(); i++) {
			String line = i < lines.size() ? lines.get(i).strip() : "";
			boolean bullet = Markers.marker(line) != null;
			if (!line.isEmpty() && !bullet) {
				paragraph.append(paragraph.length() > 0 ? " " : "").append(line);
				continue;
			}
			String text = paragraph.toString();
			for (int[] sentence : Narrative.sentences(text, reading)) {
				found.add(new Segment("", null, text.substring(sentence[0], sentence[1]).strip()));
			}
			paragraph.setLength(0);
			if (bullet) {
				Markers.Marker marker = Markers.marker(line);
				paragraph.append(marker == null ? line : marker.content());
			}
		}
		return found;
	}
}

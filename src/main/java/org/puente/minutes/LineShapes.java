package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.TextFolding;
import org.puente.minutes.Markers.Marker;
import org.puente.minutes.Markers.MarkerType;

import static org.puente.minutes.Cues.*;

/** What a line of minutes looks like: a heading, a title, a field, a table row; read against its neighbours. */
final class LineShapes {

	private final List<String> lines;

	/** "Résolution 3 – Présentation des projets": a resolution named by its subject, a point of the agenda. */
	private static final java.util.regex.Pattern RESOLUTION_TITLE = java.util.regex.Pattern.compile(
			"^(?:resolucion|resolution|resolucao)\\s*(?:n[o.º°]*\\s*)?\\d{1,3}\\s*[-–—]\\s*\\S");

	private static final String MONTH = "(?:jan|feb|fev|mar|apr|abr|avr|may|mai|mayo|maio|jun|juin|jul|juil|aug|ago|aou|sep|set|oct|out"
			+ "|nov|dec|dic|dez)\\p{L}*\\.?";

	/**
	 * A day at the head of a line, an optional weekday before it, then a dash, colon or comma and words: 15/07-,
	 * 2024-03-05:, 12 de agosto:, 3 June –, June 3rd,. The separator is what tells a calendar line from a sentence.
	 */
	private static final java.util.regex.Pattern DATED_LINE = java.util.regex.Pattern.compile(
			"(?:\\p{L}{2,9}\\.?,?\\s+)?(?:\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?|\\d{4}-\\d{2}-\\d{2}"
			+ "|\\d{1,2}(?:er|st|nd|rd|th|º|°)?\\s+(?:de\\s+)?" + MONTH + "(?:\\s+(?:de\\s+)?\\d{4})?"
			+ "|" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?)\\s*[-–—:,]\\s*\\p{L}");

	/** How long a lead-in runs before it is a clause of its own rather than a heading ("Acuerdos:"). */
	private static final int LEAD_IN = 150;

	LineShapes(List<String> lines) {
		this.lines = lines;
	}

	/**
	 * A numbered line that names a topic rather than states an agreement: "1. Migrant children" over "1.1 ...",
	 * "Item 2: Draft declaration", "4. PRÓXIMA REUNIÓN". Titles are short and end without a full stop.
	 */
	boolean isTitle(int index, Marker marker) {
		String content = marker.content().strip();
		if (content.isEmpty() || content.length() > 80 || content.matches(".*[.;,:]$")) {
			return false;
		}
		String folded = TextFolding.fold(content);
		String letters = content.replaceAll("[^\\p{L}]", "");
		if (letters.length() > 3 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT))) {
			return true;
		}
		if (marker.type() == MarkerType.KEYWORD && AGENDA_POINT.matcher(TextFolding.fold(lines.get(index).strip()
				.replaceAll("^[*_#\\s]+", ""))).find()) {
			return true;
		}
		if (STOP_HEADING.matcher(folded).find() && content.split("\\s+").length <= 4
				|| marker.type() == MarkerType.KEYWORD && RESOLUTION_TITLE.matcher(TextFolding.fold(lines.get(index).strip()
					.replaceAll("^[*_#\\s]+", ""))).find() && !Narrative.states(content)) {
			return true;
		}
		Marker next = nextMarker(index);
		return next != null && next.type() == MarkerType.NUMBER && marker.type() == MarkerType.NUMBER
				&& next.depth() > marker.depth() && next.label().startsWith(marker.label() + ".");
	}

	/** The marker of the next item, past the lines that continue this one. */
	@Nullable Marker followingMarker(int index) {
		for (int j = index + 1; j < lines.size() && j <= index + 12; j++) {
			Marker next = lines.get(j).isBlank() ? null : Markers.marker(lines.get(j));
			if (next != null) {
				return next;
			}
		}
		return null;
	}

	@Nullable Marker nextMarker(int index) {
		for (int j = index + 1; j < lines.size(); j++) {
			if (!lines.get(j).isBlank()) {
				return Markers.marker(lines.get(j));
			}
		}
		return null;
	}

	/** "After discussion, the Steering Group:" followed by "(a) agreed that ...". */
	boolean announcesDecisions(int index, String folded) {
		if (!folded.strip().endsWith(":")) {
			return false;
		}
		if (announcesDatedLines(index, folded)) {
			return true;
		}
		Marker next = nextMarker(index);
		if (next == null) {
			return false;
		}
		return DECISION_VERB.matcher(TextFolding.fold(next.content())).find()
				|| next.type() == MarkerType.BULLET && leadIn(lastSentence(lines.get(index))) && listFollows(index);
	}

	/**
	 * "Quanto aos encaminhamentos, ficou acordado a seguinte agenda:" over "09/07- Reunião …", "15/07- Visita …": a
	 * decision told before a calendar, each of whose lines opens with its day and is an item of its own, as a bullet is.
	 */
	boolean announcesDatedLines(int index, String folded) {
		if (!folded.strip().endsWith(":") || !leadIn(lastSentence(lines.get(index)))) {
			return false;
		}
		int dated = 0;
		for (int j = index + 1; j < lines.size() && dated < 2 && !lines.get(j).isBlank(); j++) {
			if (!opensWithDay(lines.get(j))) {
				return false;
			}
			dated++;
		}
		return dated >= 2;
	}

	/** A line of a calendar that a decision announces ({@link #announcesDatedLines}), however far down the run. */
	boolean inDatedRun(int index) {
		if (!opensWithDay(lines.get(index))) {
			return false;
		}
		int j = index - 1;
		while (j >= 0 && !lines.get(j).isBlank() && opensWithDay(lines.get(j))) {
			j--;
		}
		return j >= 0 && announcesDatedLines(j, TextFolding.fold(Markers.stripEmphasis(lines.get(j).strip())));
	}

	/** The first line after the blank line that ends a calendar's run ({@link #inDatedRun}). */
	boolean followsDatedRun(int index) {
		int j = index - 1;
		while (j >= 0 && lines.get(j).isBlank()) {
			j--;
		}
		return j < index - 1 && j >= 0 && inDatedRun(j);
	}

	/** A line that opens with a day, then what is on it: "15/07- Visita", "12 de agosto: …", "Mon 3 June – …". */
	static boolean opensWithDay(String line) {
		return DATED_LINE.matcher(TextFolding.fold(Markers.stripEmphasis(line.strip()))).lookingAt();
	}

	/** A decision told before its list, not the meeting's own procedure ("Se aprueba el acta anterior con dos matizaciones:"). */
	private static boolean leadIn(String sentence) {
		return ItemStarts.decides(sentence) && !Procedural.is(sentence);
	}

	/** "… se aprobaron las siguientes disposiciones:", the sentence a long line ends with. */
	private static String lastSentence(String line) {
		String s = line.strip();
		int stop = Math.max(s.lastIndexOf(". "), s.lastIndexOf("; "));
		return stop < 0 ? s : s.substring(stop + 2);
	}

	/** Two bullet lines at least below the line (blank lines between them allowed). */
	private boolean listFollows(int index) {
		int bullets = 0;
		for (int j = index + 1; j < lines.size() && bullets < 2; j++) {
			if (lines.get(j).isBlank()) {
				continue;
			}
			Marker m = Markers.marker(lines.get(j));
			if (m == null || m.type() != MarkerType.BULLET) {
				return false;
			}
			bullets++;
		}
		return bullets >= 2;
	}

	/**
	 * A whole clause that ends by announcing a list ("The Council … submits to the Conference the following
	 * documents:") over points that carry no action of their own ("a) Draft Declaration on …"): the lead-in is the
	 * decision and the points are part of it, as sub-items of a decision are.
	 */
	boolean leadsItsPoints(int index) {
		String line = lines.get(index).strip();
		int points = 0;
		for (int j = index + 1; line.length() >= LEAD_IN && line.endsWith(":") && j < lines.size(); j++) {
			Marker point = lines.get(j).isBlank() ? null : Markers.marker(lines.get(j));
			if (point != null && ItemDetails.ownAction(point.content())) {
				return false;
			}
			if (point == null && !lines.get(j).isBlank() && startsSentence(lines.get(j)) && points > 0
					&& lines.get(j - 1).strip().matches(".*[.;]$")) {
				break; // the paragraph after the points
			}
			points += point != null ? 1 : 0;
		}
		return points >= 2;
	}

	/**
	 * "2.2 Oficio 0-0302 de fecha 26-06-02 de la Consultoría Jurídica informando …": a numbered point that reports what
	 * came before the meeting, long and stating no decision nor task of its own.
	 */
	static boolean isAgendaPoint(Marker marker) {
		return marker.type() == MarkerType.NUMBER && marker.content().length() > 80 && !SectionCues.inline(marker.content())
				&& !Narrative.states(marker.content()) && !ItemDetails.statesTask(marker.content());
	}

	/** "Próxima reunión: 3 de julio", "Next call: ...": the business after the agreements begins. */
	boolean isStopField(String folded) {
		int colon = folded.indexOf(':');
		return colon > 0 && colon < 40 && STOP_HEADING.matcher(folded).lookingAt();
	}

	static boolean startsSentence(String line) {
		String s = line.strip();
		return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
	}

	/** Lines broken inside sentences ("así" / "como la ST"), as PDF text is: line ends are no paragraph ends. */
	static boolean isHardWrapped(List<String> lines) {
		int breaks = 0;
		for (int i = 0; i + 1 < lines.size(); i++) {
			String line = lines.get(i).strip();
			String next = lines.get(i + 1).strip();
			if (!line.isEmpty() && !next.isEmpty() && line.matches(".*[\\p{L},]$") && Character.isLowerCase(next.charAt(0))) {
				breaks++;
			}
		}
		return breaks >= 2;
	}

	static int indent(String line) {
		int n = 0;
		while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
			n++;
		}
		return n;
	}

	static List<String> cells(String line) {
		// Pipes in text tables; tabs in the rows of a DOCX table as Word's extractor writes them.
		String separator = line.chars().filter(c -> c == '|').count() >= 2 ? "\\|"
				: line.strip().chars().filter(c -> c == '\t').count() >= 2 ? "\t+" : null;
		if (separator == null) {
			return List.of();
		}
		List<String> cells = new ArrayList<>();
		for (String cell : line.strip().replaceAll("^\\|", "").replaceAll("\\|$", "").split(separator)) {
			cells.add(cell.strip());
		}
		return cells;
	}

	boolean isHeading(int index, String folded) {
		String stripped = folded.strip();
		if (stripped.isEmpty() || stripped.endsWith(".") || stripped.endsWith(",") || stripped.endsWith(";")
				|| FIELD_LINE.matcher(stripped).find() || !Character.isLetter(stripped.charAt(0))) {
			return false;
		}
		boolean themed = THEME_START.matcher(stripped).find();
		if (stripped.length() > (themed ? 200 : 90)) {
			return false;
		}
		String original = lines.get(index).strip().replaceAll("^[*_#\\s]+", "");
		if (!original.isEmpty() && Character.isLowerCase(original.charAt(0))) {
			return false;
		}
		// A heading stands alone: a blank line or a marker line follows it.
		int next = index + 1;
		// A word or three alone on a line ("Evaluation", "Next steps") is a heading even with text right below.
		return next >= lines.size() || lines.get(next).isBlank() || Markers.marker(lines.get(next)) != null
				|| stripped.split("\\s+").length <= 3;
	}

	/** Appends a line to an item, joining a word hyphenated at the end of a PDF line. */
	static void append(StringBuilder target, String line, boolean newParagraph) {
		int length = target.length();
		if (length > 1 && target.charAt(length - 1) == '-' && Character.isLetter(target.charAt(length - 2))
				&& !line.isEmpty() && Character.isLowerCase(line.charAt(0))) {
			// A word hyphenated at the end of a PDF line: "15 de ju-" + "lio" is "15 de julio".
			target.setLength(length - 1);
			target.append(line);
			return;
		}
		if (target.length() > 0) {
			char last = target.charAt(target.length() - 1);
			boolean sentenceEnded = last == '.' || last == ':' || last == ';';
			target.append(newParagraph && sentenceEnded ? "\n" : " ");
		}
		target.append(line);
	}
}

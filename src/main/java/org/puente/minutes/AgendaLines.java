package org.puente.minutes;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.puente.minutes.Markers.Marker;
import org.puente.minutes.Markers.MarkerType;

/**
 * The agenda of plain-text minutes, for the layout reader to leave out: opened by an agenda heading ("Orden del día",
 * "Pauta") or by a line that announces it ("Con el siguiente orden del día:", "the agenda was as follows:"), it holds
 * the points that follow (and their wrapped lines) until a line of text, a point of another kind ("Primero.-" after
 * "1.-") or a list numbered again from 1 (the account of each point).
 */
final class AgendaLines {

	/** A line that ends by announcing the agenda: "Que el orden del día de la convocatoria es el siguiente:". */
	private static final Pattern LEAD_IN = Pattern.compile("\\b(?:orden\\s+del\\s+dia|ordem\\s+do\\s+dia"
			+ "|ordre\\s+du\\s+jour|agenda|pauta|temario)\\b[^.:;]{0,50}:$");

	private boolean open;
	private @Nullable MarkerType type;
	private int points;
	private boolean wrapped;

	/** Whether this line (folded, without its emphasis) opens an agenda; the section open before it then ends. */
	boolean opens(String folded, @Nullable Marker marker) {
		String line = folded.strip();
		if (marker != null || !(Cues.AGENDA_HEADING.matcher(line).find() || LEAD_IN.matcher(line).find())) {
			return false;
		}
		open = true;
		type = null;
		points = 0;
		wrapped = false;
		return true;
	}

	/** Whether the line is a point of the open agenda or a wrapped line of one; false closes the agenda. */
	boolean holds(String line, @Nullable Marker marker) {
		if (!open) {
			return false;
		}
		if (marker == null) {
			open = wrapped && line.strip().length() < 80; // "de propuestas de composición…" under its point
			wrapped = false;
			return open;
		}
		if (points > 0 && (marker.type() != type || "1".equals(marker.label()))) {
			open = false; // the account of the points, numbered again or otherwise
			return false;
		}
		type = marker.type();
		points++;
		wrapped = !line.strip().matches(".*[.;:!?]$");
		return true;
	}

	/**
	 * Under "3. Acuerdos", a "4." is the next point of the agenda, while "3.1" or "1." are agreements; but after
	 * agreements "1." and "2." under "2. Agreements", a "3." goes on with the agreements.
	 *
	 * @param heading the marker of the section's heading (null: none)
	 * @param last the number of the section's current or last item
	 */
	static boolean nextPoint(Marker marker, @Nullable Marker heading, String last, boolean sectionHasItems) {
		if (heading == null || marker.type() != heading.type() || marker.depth() > heading.depth()) {
			return false;
		}
		String following = Markers.next(last);
		if (sectionHasItems && marker.label().equals(following) && !marker.content().isEmpty()
				&& (marker.content().matches(".*[.;:]$") || marker.content().length() > 50)) {
			return false;
		}
		try {
			return Integer.parseInt(marker.label()) == Integer.parseInt(heading.label()) + 1;
		}
		catch (NumberFormatException ex) {
			return marker.label().compareTo(heading.label()) > 0;
		}
	}
}

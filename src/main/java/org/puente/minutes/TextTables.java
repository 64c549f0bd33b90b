package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.TextFolding;
import org.puente.minutes.Markers.Marker;
import org.puente.minutes.Markers.MarkerType;

import static org.puente.minutes.Cues.*;

/** Tables written as text (pipes, or the tabs of a DOCX table), read row by row under their header. */
final class TextTables {

	private @Nullable List<String> header;

	void reset() {
		header = null;
	}

	/**
	 * A row of a table rendered as text: "1 | Elaborar nota técnica | DEMIG | 31/07/2017", or under a header
	 * "Who | What | When", "| IOM | Share the dashboard | 14 November |". The agreement is the column that says what
	 * is to be done; the other columns follow as "Who: IOM", so that parties and deadlines are read as fields.
	 */
	@Nullable Marker tableRow(String line) {
		List<String> cells = LineShapes.cells(line);
		boolean numbered = cells.size() >= 3 && cells.get(0).matches("\\d{1,3}[.)]?");
		if (!numbered && (header == null || cells.size() != header.size())) {
			return null;
		}
		int what = numbered ? 1 : descriptionColumn(cells);
		StringBuilder content = new StringBuilder(cells.get(what));
		for (int c = numbered ? 1 : 0; c < cells.size(); c++) {
			if (c == what || cells.get(c).isEmpty()) {
				continue;
			}
			String name = header != null && c < header.size() ? header.get(c) : "";
			content.append(content.toString().matches(".*[.;:]$") ? " " : ". ");
			content.append(name.isEmpty() ? "" : name + ": ").append(cells.get(c));
		}
		return new Marker(MarkerType.NUMBER, numbered ? cells.get(0).replaceAll("\\D", "") : "", 1, content.toString());
	}

	/** The column headed "What", "Acción", "Ação", "Acuerdo"..., or else the longest cell. */
	int descriptionColumn(List<String> cells) {
		List<String> names = header == null ? List.of() : header;
		for (int c = 0; c < names.size(); c++) {
			if (DESCRIPTION_COLUMN.matcher(TextFolding.fold(names.get(c))).find()) {
				return c;
			}
		}
		int longest = 0;
		for (int c = 1; c < cells.size(); c++) {
			longest = cells.get(c).length() > cells.get(longest).length() ? c : longest;
		}
		return longest;
	}

	/** The header of such a table names the columns ("Responsável", "Prazo") that tell who and when. */
	boolean isTableHeader(String line) {
		List<String> cells = LineShapes.cells(line);
		if (cells.size() < 3 || cells.stream().anyMatch(c -> c.matches(".*\\d.*") && !c.matches("n[º°o.]*"))) {
			return false;
		}
		header = cells;
		return true;
	}
}

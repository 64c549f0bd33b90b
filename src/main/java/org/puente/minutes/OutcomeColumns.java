package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.puente.i18n.TextFolding;

/**
 * Two shapes of a GFM table's cells that the rows' reader ({@link MarkdownTables}) needs beside {@link TaskColumns}.
 * <ul>
 * <li>The minutes' own table ("Discussion Point | Notes | Actions", "Tema | Anotações | Encaminhamentos"): a column of
 * the discussion's notes beside a column of what was decided or is to be done. Notes are written at the meeting, so
 * the table is its account, not its agenda, whatever the heading above says ("**Agenda 1.22.24**"); its outcome column
 * is read row by row, and its notes, the account of the discussion, are no part of the outcome's words.</li>
 * <li>A list inside a cell ("{@code <p>- Prepare the deck.<br>- Have a team on call.</p>}", "• A<br>• B", "1. A<br>2.
 * B"): each point is a task of its own, as a list's item is, with the row's owner and date columns. A point that leads
 * in to the others ("get sprint 1 ready by making:") keeps them with it: the cell is one item.</li>
 * </ul>
 */
final class OutcomeColumns {

	/** A column that holds what the meeting decided or set to do (folded, at the header's start). */
	private static final Pattern OUTCOME = Pattern.compile("^(?:actions?|action\\s+items?|decisions?|decisiones"
			+ "|decisao|decisoes|acuerdos?|acordos?|encaminhamentos?|acciones|acoes|next\\s+steps?|proximos\\s+pas[os]s"
			+ "|outcomes?|resultados?|conclusions?|conclusiones|conclusoes|suites?\\s+a\\s+donner)\\b");

	/** A column of the discussion's notes (folded, the whole header but for a trailing colon). */
	private static final Pattern NOTES = Pattern.compile("(?:notes?|notas|anotacoes|anotaciones|discussion|discussao"
			+ "|discusion|comments|comentarios|commentaires|observacoes|observaciones|observations|remarques)\\s*:?");

	/** Where a cell's lines break: a {@code <br>} or a paragraph's tag, as the page shows them. */
	private static final Pattern BREAK = Pattern.compile("\\s*(?:<br\\s*/?>|</?p>)\\s*", Pattern.CASE_INSENSITIVE);

	/** The marker a point of a list opens with: a dash, a bullet, a number. */
	private static final Pattern POINT = Pattern.compile("^(?:[-*•·▪]|\\d{1,2}[.)])\\s*");

	private OutcomeColumns() {
	}

	/** The column of notes of a table whose task column holds outcomes, or -1 when the table is not the minutes' own. */
	static int notes(List<String> header, int task) {
		if (task < 0 || task >= header.size() || !OUTCOME.matcher(folded(header.get(task))).find()) {
			return -1;
		}
		for (int c = 0; c < header.size(); c++) {
			if (c != task && NOTES.matcher(folded(header.get(c))).matches()) {
				return c;
			}
		}
		return -1;
	}

	/** The points of a cell that holds a list, each without its marker; the cell itself when it holds none. */
	static List<String> points(String cell) {
		List<String> lines = new ArrayList<>();
		for (String line : BREAK.split(cell)) {
			if (!line.isBlank()) {
				lines.add(line.strip());
			}
		}
		boolean list = lines.size() > 1 && lines.stream().allMatch(line -> POINT.matcher(line).find());
		if (!list || lines.stream().anyMatch(line -> line.endsWith(":"))) {
			return List.of(cell);
		}
		return lines.stream().map(line -> POINT.matcher(line).replaceFirst("").strip()).filter(p -> !p.isEmpty()).toList();
	}

	private static String folded(String header) {
		return TextFolding.fold(header.replaceAll("[*_`]", "")).strip();
	}
}

package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table of a DOCX, an ODT or HTML in Markdown, as the Markdown the structure reader understands: a pipe table under
 * its first row; a form whose first column names the sections ("ACUERDOS ADOPTADOS | 1: Rafael crea el git …") as a
 * heading per row over its value's lines; a layout box (one row or one column) as paragraphs. Each cell holds its
 * lines (its paragraphs, line breaks and list items).
 */
final class XhtmlTables {

	private static final Pattern BLANKS = Pattern.compile("[ \\t\\x{00A0}]+");

	/** A label's decoration before its words: "✅ ACUERDOS", "📝 ORDEN DEL DÍA". */
	private static final Pattern DECORATION = Pattern.compile("^[^\\p{L}\\p{N}]+");

	/** "1:", "2)" before a line of a form's value: its number, written as a Markdown list's. */
	private static final Pattern NUMBER = Pattern.compile("^(\\d{1,3})\\s*[:.)]\\s*");

	private XhtmlTables() {
	}

	/** A cell's lines, each on one line, the empty ones left out. */
	static String cell(CharSequence text) {
		return String.join("\n", text.toString().lines().map(l -> BLANKS.matcher(l).replaceAll(" ").strip())
			.filter(l -> !l.isEmpty()).toList());
	}

	/** Whether the rows make a table the reader sees as structure (two rows and two columns or more). */
	static boolean structured(List<List<String>> rows) {
		return rows.size() >= 2 && rows.stream().mapToInt(List::size).max().orElse(0) >= 2;
	}

	static String markdown(List<List<String>> rows) {
		StringBuilder out = new StringBuilder();
		if (!structured(rows)) {
			rows.forEach(cells -> cells.stream().filter(c -> !c.isEmpty()).forEach(c -> out.append(c).append("\n\n")));
		}
		else if (form(rows)) {
			for (List<String> cells : rows) {
				out.append("###### ").append(label(cells.get(0))).append("\n\n");
				List<String> lines = cells.get(1).lines().toList();
				lines.forEach(l -> out.append(lines.size() > 1 ? NUMBER.matcher(l).replaceFirst("$1. ")
						.replaceFirst("^(?!\\d{1,3}\\. )", "- ") : l).append('\n'));
				out.append('\n');
			}
		}
		else {
			int columns = rows.stream().mapToInt(List::size).max().orElse(0);
			out.append('\n');
			for (int r = 0; r < rows.size(); r++) {
				List<String> cells = new ArrayList<>(rows.get(r).stream().map(c -> BLANKS.matcher(c.replace('\n', ' '))
					.replaceAll(" ").strip()).toList());
				while (cells.size() < columns) {
					cells.add("");
				}
				out.append("| ").append(String.join(" | ", cells)).append(" |\n");
				if (r == 0) {
					out.append("|").append(" --- |".repeat(columns)).append('\n');
				}
			}
		}
		return out.append('\n').toString();
	}

	/**
	 * A form: two columns, the first of short one-line labels one of which names a section that holds decisions or
	 * never does ("Acuerdos adoptados", "Orden del día"), and no header of a task table.
	 */
	private static boolean form(List<List<String>> rows) {
		boolean labels = rows.stream().allMatch(cells -> cells.size() == 2 && !cells.get(0).contains("\n")
				&& cells.get(0).length() <= 40);
		return labels && TaskColumns.of(rows.get(0)) == null
				&& rows.stream().anyMatch(cells -> SectionCues.heading(label(cells.get(0))) != SectionCues.Kind.NEUTRAL);
	}

	private static String label(String cell) {
		return DECORATION.matcher(cell).replaceFirst("").replaceAll("[*_]", "").strip();
	}
}

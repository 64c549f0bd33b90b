package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.TextFolding;

/**
 * The columns of a task table, told by their header in es/en/pt/fr ({@link FieldLabels}): what is to be done, who
 * does it, by when, its status. A row becomes an item with its party and its date, each read through its column.
 */
record TaskColumns(int task, int responsible, int deadline, int status) {

	/**
	 * The columns of a header, or null when no column says what is to be done and not both who and by when (but for a
	 * table of two columns whose one says who).
	 */
	static @Nullable TaskColumns of(List<String> header) {
		int task = -1;
		int responsible = -1;
		int deadline = -1;
		int status = -1;
		for (int c = 0; c < header.size(); c++) {
			String name = TextFolding.fold(header.get(c).replaceAll("[*_`]", "")).strip();
			if (task < 0 && FieldLabels.heads(FieldLabels.Role.TASK, name)) {
				task = c;
			}
			else if (responsible < 0 && FieldLabels.heads(FieldLabels.Role.OWNER, name)) {
				responsible = c;
			}
			else if (deadline < 0 && FieldLabels.heads(FieldLabels.Role.DEADLINE, name)) {
				deadline = c;
			}
			else if (status < 0 && FieldLabels.heads(FieldLabels.Role.STATUS, name)) {
				status = c;
			}
		}
		// "Responsável | Atribuição": two columns, one names who acts, so the other says what they do
		boolean whoAndWhat = header.size() == 2 && responsible >= 0;
		if (task < 0 && (responsible < 0 || deadline < 0) && !whoAndWhat) {
			return null;
		}
		if (task < 0) {
			task = firstOther(header.size(), responsible, deadline, status);
		}
		return task < 0 ? null : new TaskColumns(task, responsible, deadline, status);
	}

	/** A row as an item: the task's words, the responsible cell as its owners, the deadline cell as its date. */
	@Nullable Segment row(String number, @Nullable String theme, List<String> cells) {
		String what = cell(cells, task);
		if (what.isBlank() || what.matches("[-–—\\s]*")) {
			return null;
		}
		List<String> owners = new ArrayList<>();
		for (String owner : cell(cells, responsible).split("\\s*(?:,|;|/|&|\\by\\b|\\band\\b|\\be\\b|\\bet\\b)\\s*")) {
			if (!owner.isBlank() && !owner.matches("[-–—?]+")) {
				owners.add(owner.strip());
			}
		}
		String due = cell(cells, deadline);
		return new Segment(number, theme, text(cells), owners, due.isBlank() ? List.of() : List.of(due));
	}

	/**
	 * The row's words: its cells in their order, the task first when a mere number or topic comes before it would not
	 * say what is done ("Topic | Decision" keeps the topic, "# | Task" drops the number).
	 */
	private String text(List<String> cells) {
		StringBuilder text = new StringBuilder();
		for (int c = 0; c < cells.size(); c++) {
			String value = cell(cells, c);
			if (value.isBlank() || value.matches("[-–—]+|\\d{1,3}[.)]?") || c == status) {
				continue;
			}
			text.append(text.length() == 0 ? "" : " | ").append(value);
		}
		return text.toString();
	}

	private static String cell(List<String> cells, int column) {
		return column >= 0 && column < cells.size() ? cells.get(column).replaceAll("<br\\s*/?>", " ").strip() : "";
	}

	private static int firstOther(int size, int... taken) {
		for (int c = 0; c < size; c++) {
			final int column = c;
			if (java.util.Arrays.stream(taken).noneMatch(t -> t == column)) {
				return c;
			}
		}
		return -1;
	}
}

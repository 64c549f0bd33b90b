package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a GFM table as items: a task table by its header ({@link TaskColumns}: what, and who or by when)
 * anywhere but in the sections that never hold decisions; any table under a decisions heading, its longest cell
 * taken as what is done when no column says so; the minutes' own table of notes and outcomes wherever it stands. A
 * list in the task's cell gives an item per point ({@link OutcomeColumns}).
 */
final class MarkdownTables {

	private MarkdownTables() {
	}

	/** The table's rows as items, under the section's theme; {@code source} gives a node's Markdown. */
	static List<Candidate> rows(TableBlock table, SectionCues.Kind kind, @Nullable String theme,
			Function<Node, String> source) {
		List<Candidate> found = new ArrayList<>();
		@Nullable TaskColumns columns = null;
		int notes = -1;
		int number = 0;
		for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
			for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
				if (!(row instanceof TableRow)) {
					continue;
				}
				List<String> cells = cells(source.apply(row));
				if (part instanceof TableHead) {
					// the header's columns, read once for every row below it
					columns = TaskColumns.of(cells);
					if (ComparisonTables.compares(cells, columns)) {
						return found; // "Criterio | Express.js | NestJS": the weighing of a choice, not its outcome
					}
					notes = columns == null ? -1 : OutcomeColumns.notes(cells, columns.task());
					continue;
				}
				boolean whoOrWhen = columns != null && (columns.responsible() >= 0 || columns.deadline() >= 0);
				if (notes < 0 && (kind == SectionCues.Kind.NEVER || !whoOrWhen && kind != SectionCues.Kind.DECISIONS)) {
					return found; // "Story | Points", "Item | Notes": an inventory, unless under a decisions heading
				}
				TaskColumns use = columns != null ? columns : new TaskColumns(longest(cells), -1, -1, -1);
				if (notes >= 0 && notes < cells.size()) {
					cells.set(notes, ""); // the account of the discussion, not what was decided
				}
				String n = String.valueOf(++number);
				for (String point : OutcomeColumns.points(use.task() < cells.size() ? cells.get(use.task()) : "")) {
					List<String> own = new ArrayList<>(cells);
					if (use.task() < own.size()) {
						own.set(use.task(), point);
					}
					Segment segment = use.row(n, theme, own);
					if (segment != null) {
						found.add(new Candidate(segment, TextSpan.NONE, 0.9));
					}
				}
			}
		}
		return found;
	}

	/** The cells of a row's source line, split at the pipes that are not escaped or inside backticks. */
	static List<String> cells(String row) {
		List<String> cells = new ArrayList<>();
		String line = row.strip().replaceAll("^\\|", "").replaceAll("(?<!\\\\)\\|$", "");
		StringBuilder cell = new StringBuilder();
		boolean code = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			code ^= c == '`';
			if (c == '|' && !code && (i == 0 || line.charAt(i - 1) != '\\')) {
				cells.add(cell.toString().strip());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString().strip());
		return cells;
	}

	private static int longest(List<String> cells) {
		int longest = 0;
		for (int c = 1; c < cells.size(); c++) {
			longest = cells.get(c).length() > cells.get(longest).length() ? c : longest;
		}
		return longest;
	}
}

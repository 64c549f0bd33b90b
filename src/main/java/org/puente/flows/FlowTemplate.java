package org.puente.flows;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.puente.web.SpreadsheetCells;

/**
 * The submission template: one row per week, reporting country and origin (and optionally border point, sex and age
 * band) with the number of people. The first row names the columns; the second carries their HXL hashtags, by
 * which columns are recognised in any order and under any title (a file without the hashtag row is read by the
 * column titles). Every problem is collected with its line and column, so that the focal point sees them all at
 * once; a file with any problem is not imported at all.
 */
final class FlowTemplate {

	static final long MAX_BYTES = 10L * 1024 * 1024;

	static final int MAX_ROWS = 200_000;

	static final int MAX_REPORTED = 100;

	enum Column {
		WEEK("week", "#date+week", true), COUNTRY("country", "#country+code", true), ORIGIN("origin", "#origin+code", true),
		BORDER_POINT("border_point", "#loc+border", false), SEX("sex", "#group+sex", false),
		AGE_BAND("age_band", "#group+age", false), COUNT("count", "#affected+num", true);

		final String title;

		final String hxl;

		final boolean required;

		Column(String title, String hxl, boolean required) {
			this.title = title;
			this.hxl = hxl;
			this.required = required;
		}

		/** Matches an HXL tag by its hashtag and attributes, in any order and case (#affected +num = #affected+num). */
		boolean matchesHxl(String tag) {
			return normalise(tag).equals(normalise(hxl));
		}

		private static String normalise(String tag) {
			String[] parts = tag.strip().toLowerCase(Locale.ROOT).replace(" ", "").split("\\+");
			java.util.Arrays.sort(parts, 1, parts.length);
			return String.join("+", parts);
		}
	}

	/** One counted cell of the file. */
	record Row(long line, LocalDate week, String country, String origin, String borderPoint, String sex,
			String ageBand, int people) {

		String key() {
			return week + "|" + origin + "|" + borderPoint + "|" + sex + "|" + ageBand;
		}
	}

	/** A problem, with the message key {@code flows.row.<kind>} and its arguments. */
	record Problem(long line, String column, String key, List<Object> arguments) {
	}

	record Parsed(List<Row> rows, List<Problem> problems, int problemCount) {

		public boolean ok() {
			return problemCount == 0;
		}

		public long total() {
			return rows.stream().mapToLong(Row::people).sum();
		}
	}

	private final String country;

	private final LocalDate start;

	private final LocalDate end;

	private final List<Problem> problems = new ArrayList<>();

	private int problemCount;

	FlowTemplate(String country, LocalDate start, LocalDate end) {
		this.country = country;
		this.start = start;
		this.end = end;
	}

	Parsed parse(byte[] content) {
		if (content.length > MAX_BYTES) {
			problem(0, "", "tooBig", content.length / (1024 * 1024), MAX_BYTES / (1024 * 1024));
			return done(List.of());
		}
		List<List<String>> table;
		try {
			table = UploadTable.read(content);
		}
		catch (UploadTable.UnclosedQuote ex) {
			if (!ex.before.isEmpty()) {
				rows(ex.before); // the problems of the lines above it, so that one sending fixes them all
			}
			problem(ex.line, "", "unclosedQuote");
			return done(List.of());
		}
		catch (UploadTable.NotTable ex) {
			problem(0, "", "notTable");
			return done(List.of());
		}
		catch (IOException | RuntimeException ex) {
			problem(0, "", "unreadable", String.valueOf(ex.getMessage()));
			return done(List.of());
		}
		return rows(table);
	}

	private Parsed done(List<Row> rows) {
		return new Parsed(problemCount == 0 ? rows : List.of(), List.copyOf(problems), problemCount);
	}

	private void problem(long line, String column, String kind, Object... arguments) {
		problemCount++;
		if (problems.size() < MAX_REPORTED) {
			problems.add(new Problem(line, column, "flows.row." + kind, List.of(arguments)));
		}
	}

	private Parsed rows(List<List<String>> table) {
		if (table.isEmpty()) {
			problem(0, "", "empty");
			return done(List.of());
		}
		List<String> titles = table.get(0);
		int first = 1;
		Map<Column, Integer> at = new LinkedHashMap<>();
		boolean hxl = table.size() > 1 && table.get(1).stream().anyMatch(c -> c.strip().startsWith("#"));
		List<String> header = hxl ? table.get(1) : titles;
		if (hxl) {
			first = 2;
		}
		for (int i = 0; i < header.size(); i++) {
			String cell = header.get(i).strip();
			for (Column c : Column.values()) {
				boolean match = hxl ? c.matchesHxl(cell) : cell.equalsIgnoreCase(c.title);
				if (match && !at.containsKey(c)) {
					at.put(c, i);
				}
			}
		}
		List<String> missing = new ArrayList<>();
		for (Column c : Column.values()) {
			if (c.required && !at.containsKey(c)) {
				missing.add(hxl ? c.hxl : c.title);
			}
		}
		if (!missing.isEmpty()) {
			problem(hxl ? 2 : 1, "", "columns", String.join(", ", missing));
			return done(List.of());
		}
		if (table.size() - first > MAX_ROWS) {
			problem(0, "", "tooManyRows", table.size() - first, MAX_ROWS);
			return done(List.of());
		}
		List<Row> rows = new ArrayList<>();
		Map<String, Long> seen = new HashMap<>();
		for (int r = first; r < table.size(); r++) {
			List<String> cells = table.get(r);
			long line = r + 1;
			if (cells.stream().allMatch(String::isBlank)) {
				continue;
			}
			int before = problemCount;
			LocalDate week = week(line, cell(cells, at.get(Column.WEEK)));
			String rowCountry = cell(cells, at.get(Column.COUNTRY)).toUpperCase(Locale.ROOT);
			if (!rowCountry.matches("[A-Z]{2}")) {
				problem(line, Column.COUNTRY.title, "badCountry", rowCountry);
			}
			else if (!rowCountry.equals(country)) {
				problem(line, Column.COUNTRY.title, "otherCountry", rowCountry, country);
			}
			int beforeOrigin = problemCount;
			String origin = text(line, Column.ORIGIN, cells, at).toUpperCase(Locale.ROOT);
			if (problemCount > beforeOrigin) {
				// already reported (a formula, or too long)
			}
			else if (origin.isEmpty()) {
				problem(line, Column.ORIGIN.title, "noOrigin");
			}
			else if (!origin.matches("[A-Z0-9-]{2,12}")) {
				problem(line, Column.ORIGIN.title, "badOrigin", origin);
			}
			String border = text(line, Column.BORDER_POINT, cells, at);
			String sex = text(line, Column.SEX, cells, at).toUpperCase(Locale.ROOT);
			if (!sex.isEmpty() && !sex.matches("F|M|X")) {
				problem(line, Column.SEX.title, "badSex", sex);
			}
			String age = text(line, Column.AGE_BAND, cells, at);
			if (!age.isEmpty() && !age.matches("\\d{1,3}-\\d{1,3}|\\d{1,3}\\+")) {
				problem(line, Column.AGE_BAND.title, "badAge", age);
			}
			Integer people = people(line, cell(cells, at.get(Column.COUNT)));
			if (problemCount == before && week != null && people != null) {
				Row row = new Row(line, week, rowCountry, origin, border, sex, age, people);
				Long earlier = seen.putIfAbsent(row.key(), line);
				if (earlier != null) {
					problem(line, "", "duplicate", earlier);
				}
				else {
					rows.add(row);
				}
			}
		}
		if (rows.isEmpty() && problemCount == 0) {
			problem(0, "", "empty");
		}
		return done(rows);
	}

	private static String cell(List<String> cells, Integer index) {
		return index < cells.size() ? cells.get(index).strip() : "";
	}

	private String text(long line, Column column, List<String> cells, Map<Column, Integer> at) {
		Integer index = at.get(column);
		if (index == null) {
			return "";
		}
		String value = cell(cells, index);
		if (SpreadsheetCells.isFormulaLike(value)) {
			problem(line, column.title, "formula", value);
			return "";
		}
		if (value.length() > 80) {
			problem(line, column.title, "tooLong", 80);
			return "";
		}
		return value;
	}

	/** A date (any day of the week: the row counts for its ISO week) or an ISO week such as 2025-W07. */
	private LocalDate week(long line, String value) {
		LocalDate date;
		try {
			if (value.matches("\\d{4}-W\\d{2}")) {
				date = LocalDate.of(Integer.parseInt(value.substring(0, 4)), 6, 1)
					.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(value.substring(6)))
					.with(DayOfWeek.MONDAY);
			}
			else {
				date = LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
			}
		}
		catch (java.time.DateTimeException | NumberFormatException ex) {
			problem(line, Column.WEEK.title, "badDate", value);
			return null;
		}
		if (date.isBefore(start) || date.isAfter(end)) {
			problem(line, Column.WEEK.title, "outsidePeriod", date.toString(), start.toString(), end.toString());
			return null;
		}
		return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	private Integer people(long line, String value) {
		if (value.isEmpty()) {
			problem(line, Column.COUNT.title, "noCount");
			return null;
		}
		try {
			double number = Double.parseDouble(value.replace(" ", ""));
			if (number < 0) {
				problem(line, Column.COUNT.title, "negative", value);
				return null;
			}
			if (number != Math.rint(number) || number > 10_000_000) {
				problem(line, Column.COUNT.title, "badCount", value);
				return null;
			}
			return (int) number;
		}
		catch (NumberFormatException ex) {
			problem(line, Column.COUNT.title, "badCount", value);
			return null;
		}
	}
}

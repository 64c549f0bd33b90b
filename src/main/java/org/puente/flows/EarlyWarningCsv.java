package org.puente.flows;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.puente.web.SpreadsheetCells;

/**
 * The early-warning exchange format shared by {@code ./puente early-warning} and
 * {@code POST /api/v1/flows/early-warning}: weekly counts in, one verdict per week out.
 * <p>
 * Input: a CSV with a header naming {@code route}, {@code week} and {@code count} (any order, any other column
 * ignored). Each route's weeks are taken as consecutive, in order — numerically when every week is a number, else
 * as text (ISO dates and ISO weeks such as 2025-W07 sort correctly); a missing week should be given as 0.
 * Output: {@code route,week,alarm,upperbound} for the last 104 weeks of each route, alarm 0 or 1, {@code NA} where
 * R's surveillance package writes NA (no model, or too few cases for a bound).
 */
public final class EarlyWarningCsv {

	public static final int LAST_WEEKS = 104;

	/** One route's counts in week order. */
	public record Series(String route, List<String> weeks, double[] counts) {
	}

	/** A reason the input cannot be read, with the 1-based line it was found on (0 for the header). */
	public static final class BadInput extends Exception {

		private final long line;

		private final String key;

		private final Object[] arguments;

		/** {@code key} names the translated message {@code flows.ew.<key>}; its arguments start with the line. */
		BadInput(long line, String key, String message, Object... arguments) {
			super(line > 0 ? "line " + line + ": " + message : message);
			this.line = line;
			this.key = "flows.ew." + key;
			this.arguments = arguments;
		}

		public long line() {
			return line;
		}

		public String key() {
			return key;
		}

		public Object[] arguments() {
			Object[] all = new Object[arguments.length + 1];
			all[0] = line;
			System.arraycopy(arguments, 0, all, 1, arguments.length);
			return all;
		}
	}

	private EarlyWarningCsv() {
	}

	public static List<Series> read(Reader in) throws IOException, BadInput {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
			.setIgnoreEmptyLines(true).get();
		Map<String, List<String[]>> rows = new LinkedHashMap<>();
		try (CSVParser parser = CSVParser.parse(in, format)) {
			Map<String, String> columns = new LinkedHashMap<>();
			for (String name : parser.getHeaderNames()) {
				columns.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), name);
			}
			for (String needed : List.of("route", "week", "count")) {
				if (!columns.containsKey(needed)) {
					throw new BadInput(0, "columns", "the header must name the columns route, week and count; found "
							+ String.join(",", parser.getHeaderNames()), String.join(",", parser.getHeaderNames()));
				}
			}
			Set<String> seen = new HashSet<>();
			for (CSVRecord record : parser) {
				long line = parser.getCurrentLineNumber();
				if (!record.isConsistent() && record.size() < parser.getHeaderNames().size()) {
					throw new BadInput(line, "width", "expected " + parser.getHeaderNames().size() + " columns, found "
							+ record.size(), parser.getHeaderNames().size(), record.size());
				}
				String route = record.get(columns.get("route"));
				String week = record.get(columns.get("week"));
				String count = record.get(columns.get("count"));
				if (route.isEmpty() || week.isEmpty()) {
					throw new BadInput(line, "empty", "route and week must not be empty");
				}
				if (!seen.add(route + '\u0000' + week)) {
					throw new BadInput(line, "duplicate", "route " + route + " has week " + week + " twice", route, week);
				}
				rows.computeIfAbsent(route, r -> new ArrayList<>()).add(new String[] { week, count,
						Long.toString(line) });
			}
		}
		catch (java.io.UncheckedIOException | IllegalStateException ex) {
			throw new BadInput(0, "unreadable", "not a readable CSV: " + ex.getMessage(), String.valueOf(ex.getMessage()));
		}
		List<Series> out = new ArrayList<>();
		for (var entry : rows.entrySet()) {
			List<String[]> list = entry.getValue();
			boolean numeric = list.stream().allMatch(r -> r[0].matches("-?\\d{1,9}"));
			list.sort(numeric ? Comparator.comparingInt(r -> Integer.parseInt(r[0])) : Comparator.comparing(r -> r[0]));
			double[] counts = new double[list.size()];
			List<String> weeks = new ArrayList<>(list.size());
			for (int i = 0; i < counts.length; i++) {
				String[] r = list.get(i);
				weeks.add(r[0]);
				counts[i] = count(r[1], Long.parseLong(r[2]));
			}
			out.add(new Series(entry.getKey(), weeks, counts));
		}
		return out;
	}

	private static double count(String text, long line) throws BadInput {
		if (text.isEmpty() || text.equalsIgnoreCase("NA")) {
			return Double.NaN;
		}
		double value;
		try {
			value = new BigDecimal(text).doubleValue();
		}
		catch (NumberFormatException ex) {
			throw new BadInput(line, "notNumber", "count " + text + " is not a number", text);
		}
		if (value < 0 || value != Math.rint(value) || Double.isInfinite(value)) {
			throw new BadInput(line, "negative", "count " + text + " is not a whole number of people ≥ 0", text);
		}
		return value;
	}

	/** Runs the method over every series and writes the verdicts of their last {@value #LAST_WEEKS} weeks. */
	public static void detect(List<Series> series, EarlyWarningMethod method, Appendable out) throws IOException {
		// not closed: the caller owns the output
		CSVPrinter printer = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get().print(out);
		{
			printer.printRecord("route", "week", "alarm", "upperbound");
			for (Series s : series) {
				int from = Math.max(0, s.counts().length - LAST_WEEKS);
				for (Detection d : method.detect(s.counts(), from)) {
					printer.printRecord(SpreadsheetCells.csv(s.route()), SpreadsheetCells.csv(s.weeks().get(d.index())),
							d.alarm() == null ? "NA" : d.alarmed() ? "1" : "0", number(d.upperbound()));
				}
			}
		}
		printer.flush();
	}

	static String number(@org.jspecify.annotations.Nullable Double value) {
		if (value == null || value.isNaN()) {
			return "NA";
		}
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString(value.longValue());
		}
		return BigDecimal.valueOf(value).round(new java.math.MathContext(15)).stripTrailingZeros().toPlainString();
	}
}

package org.puente.flows;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.web.InvalidInput;
import org.puente.web.Mistake;
import org.puente.web.SpreadsheetCells;

/**
 * The early-warning exchange format shared by {@code ./puente early-warning} and
 * {@code POST /api/v1/flows/early-warning}: weekly counts in, one verdict per week out.
 * <p>
 * Input: a CSV with a header naming {@code route}, {@code week} and {@code count} (any order, any other column
 * ignored). A week is a whole number, an ISO date (2025-02-24) or an ISO week (2025-W07). Each route's weeks are
 * taken as consecutive, in order — numerically when every week is a number, else as text (ISO dates and ISO weeks
 * sort correctly); a missing week should be given as 0.
 * Output: {@code route,week,alarm,upperbound} for the last 104 weeks of each route, alarm 0 or 1, {@code NA} where
 * R's surveillance package writes NA (no model, or too few cases for a bound).
 */
public final class EarlyWarningCsv {

	public static final int LAST_WEEKS = 104;

	private static final Pattern WEEK_NUMBER = Pattern.compile("-?\\d{1,9}");

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

	/** One route's counts in week order. */
	public record Series(String route, List<String> weeks, double[] counts) {
	}

	private EarlyWarningCsv() {
	}

	/**
	 * @throws RefusedException (invalid) when the input cannot be read: its sentence, {@code flows.ew.*}, names the
	 *         1-based line as its first argument (0 for the header or the whole file); nothing is read from it
	 */
	public static List<Series> read(Reader in) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
			.setIgnoreEmptyLines(true).get();
		Map<String, List<String[]>> rows = new LinkedHashMap<>();
		try (CSVParser parser = CSVParser.parse(in, format)) {
			Map<String, String> columns = new LinkedHashMap<>();
			for (String name : parser.getHeaderNames()) {
				columns.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), name);
			}
			if (columns.isEmpty()) {
				throw bad(0, "emptyFile");
			}
			for (String needed : List.of("route", "week", "count")) {
				if (!columns.containsKey(needed)) {
					throw bad(0, "columns", String.join(",", parser.getHeaderNames()));
				}
			}
			Set<String> seen = new HashSet<>();
			for (CSVRecord record : parser) {
				long line = parser.getCurrentLineNumber();
				if (!record.isConsistent() && record.size() < parser.getHeaderNames().size()) {
					throw bad(line, "width", parser.getHeaderNames().size(), record.size());
				}
				String route = record.get(columns.get("route"));
				String week = record.get(columns.get("week"));
				String count = record.get(columns.get("count"));
				if (route.isEmpty() || week.isEmpty()) {
					throw bad(line, "empty");
				}
				requireWeek(week, line);
				if (!seen.add(route + '\u0000' + week)) {
					throw bad(line, "duplicate", route, week);
				}
				rows.computeIfAbsent(route, r -> new ArrayList<>()).add(new String[] { week, count,
						Long.toString(line) });
			}
		}
		catch (java.io.UncheckedIOException | IllegalStateException ex) {
			throw bad(0, "unreadable", String.valueOf(ex.getMessage()));
		}
		List<Series> out = new ArrayList<>();
		for (var entry : rows.entrySet()) {
			List<String[]> list = entry.getValue();
			boolean numeric = list.stream().allMatch(r -> WEEK_NUMBER.matcher(r[0]).matches());
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

	/** {@link #read}, for the API: a file that cannot be read is refused as the mistake it holds (422 with errors). */
	static List<Series> readListingMistakes(Reader in) throws IOException {
		try {
			return read(in);
		}
		catch (RefusedException ex) {
			throw ex.kind() == RefusalKind.INVALID ? mistake(ex) : ex;
		}
	}

	/**
	 * The reader's refusal as the one shape of mistakes in a file ({@code errors}: line, column, code, sentence), as
	 * the flows submission answers: the walk of the API found the line only in the sentence. The sentence and its
	 * code stay those of the command line; the reader gives the line as the sentence's first argument.
	 */
	private static InvalidInput mistake(RefusedException refusal) {
		Object[] arguments = refusal.arguments();
		long line = arguments.length > 0 && arguments[0] instanceof Long number ? number : 0;
		String key = refusal.messageKey();
		String column = switch (key) {
			case "flows.ew.badWeek", "flows.ew.duplicate" -> "week";
			case "flows.ew.notNumber", "flows.ew.negative" -> "count";
			default -> null;
		};
		return new InvalidInput(List.of(Mistake.onLine(line, column, key, arguments)), key, arguments);
	}

	/** A reason the input cannot be read, refused as invalid; its sentence starts with the line it was found on. */
	private static RefusedException bad(long line, String key, Object... arguments) {
		Object[] all = new Object[arguments.length + 1];
		all[0] = line;
		System.arraycopy(arguments, 0, all, 1, arguments.length);
		return new RefusedException(RefusalKind.INVALID, "flows.ew." + key, all);
	}

	/** A week is a whole number, an ISO date (2025-02-24) or an ISO week (2025-W07) that exists. */
	private static void requireWeek(String week, long line) {
		if (WEEK_NUMBER.matcher(week).matches()) {
			return;
		}
		Matcher isoWeek = ISO_WEEK.matcher(week);
		if (isoWeek.matches()) {
			int number = Integer.parseInt(isoWeek.group(2));
			// 28 December always falls in a year's last ISO week
			if (number >= 1 && number <= LocalDate.of(Integer.parseInt(isoWeek.group(1)), 12, 28)
				.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) {
				return;
			}
		}
		else if (ISO_DATE.matcher(week).matches() && isDate(week)) {
			return;
		}
		throw bad(line, "badWeek", week);
	}

	/** Whether a text shaped as an ISO date is one (2025-02-30 is not). */
	private static boolean isDate(String text) {
		try {
			LocalDate.parse(text);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private static double count(String text, long line) {
		if (text.isEmpty() || text.equalsIgnoreCase("NA")) {
			return Double.NaN;
		}
		double value;
		try {
			value = new BigDecimal(text).doubleValue();
		}
		catch (NumberFormatException ex) {
			throw bad(line, "notNumber", text);
		}
		if (value < 0 || value != Math.rint(value) || Double.isInfinite(value)) {
			throw bad(line, "negative", text);
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

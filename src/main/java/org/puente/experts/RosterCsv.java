package org.puente.experts;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reading the roster's CSV import: the file decoded (UTF-8) and checked for its columns and size, each row turned
 * into an expert's data and consent, with the problems of its cells.
 */
final class RosterCsv {

	private static final int MAX_ROWS = 2000;

	private RosterCsv() {
	}

	/** The rows of the file, or the one error that stops it being read. */
	record Read(List<CSVRecord> rows, Roster.@Nullable RowError error) {

		static Read refused(long line, String column, String key, Object... args) {
			return new Read(List.of(), new Roster.RowError(line, column, key, args));
		}
	}

	static Read read(byte[] bytes) {
		List<CSVRecord> records;
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes)).toString();
			if (text.startsWith("\uFEFF")) {
				text = text.substring(1);
			}
			var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
				.setIgnoreEmptyLines(true).get().parse(new StringReader(text));
			List<String> missing = Roster.CSV_COLUMNS.stream().filter(c -> !parser.getHeaderMap().containsKey(c))
				.toList();
			if (!missing.isEmpty()) {
				return Read.refused(1, String.join(", ", missing), "experts.import.missingColumns",
						String.join(", ", missing));
			}
			records = parser.getRecords();
		}
		catch (CharacterCodingException ex) {
			return Read.refused(0, "", "experts.import.notUtf8");
		}
		catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			return Read.refused(0, "", "experts.import.unreadable");
		}
		if (records.isEmpty()) {
			return Read.refused(1, "", "experts.import.empty");
		}
		if (records.size() > MAX_ROWS) {
			return Read.refused(0, "", "experts.import.tooMany", MAX_ROWS);
		}
		return new Read(records, null);
	}

	static String column(String field) {
		return switch (field) {
			case "fullName" -> "name";
			case "consentOn" -> "consent_date";
			default -> field;
		};
	}

	static ExpertData data(CSVRecord row, List<ExpertRules.Problem> problems) {
		return new ExpertData(get(row, "name"), get(row, "email"), get(row, "affiliation"),
				get(row, "country").toUpperCase(Locale.ROOT), ExpertRules.codes(get(row, "languages")),
				numbers(get(row, "sessions"), "sessions", problems), numbers(get(row, "objectives"), "objectives",
						problems),
				get(row, "bio"), java.util.Arrays.stream(get(row, "links").split("\\s+")).filter(s -> !s.isEmpty())
					.toList(),
				choice(Gender.class, get(row, "gender"), Gender.UNDISCLOSED, "gender", problems),
				choice(Region.class, get(row, "region"), Region.OUTSIDE, "region", problems));
	}

	static Roster.Consent consent(CSVRecord row, List<ExpertRules.Problem> problems) {
		boolean listed = yes(get(row, "consent_listed"), "consent_listed", problems);
		boolean share = yes(get(row, "consent_share_un"), "consent_share_un", problems);
		LocalDate on = null;
		String date = get(row, "consent_date");
		if (!date.isBlank()) {
			try {
				on = LocalDate.parse(date);
			}
			catch (DateTimeParseException ex) {
				problems.add(new ExpertRules.Problem("consent_date", "experts.import.date", date));
			}
		}
		return new Roster.Consent(listed, share, on);
	}

	private static String get(CSVRecord row, String column) {
		return row.isSet(column) ? row.get(column).strip() : "";
	}

	private static List<Integer> numbers(String value, String column, List<ExpertRules.Problem> problems) {
		List<Integer> numbers = new ArrayList<>();
		for (String part : ExpertRules.codes(value)) {
			try {
				numbers.add(Integer.valueOf(part));
			}
			catch (NumberFormatException ex) {
				problems.add(new ExpertRules.Problem(column, "experts.import.number", part));
			}
		}
		return numbers;
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, E fallback, String column,
			List<ExpertRules.Problem> problems) {
		if (value.isBlank()) {
			return fallback;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new ExpertRules.Problem(column, "experts.import.choice", value,
					String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
			return fallback;
		}
	}

	private static boolean yes(String value, String column, List<ExpertRules.Problem> problems) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "yes", "y", "true", "1", "sí", "si", "sim", "oui" -> true;
			case "no", "n", "false", "0", "", "não", "non" -> false;
			default -> {
				problems.add(new ExpertRules.Problem(column, "experts.import.yesNo", value));
				yield false;
			}
		};
	}
}

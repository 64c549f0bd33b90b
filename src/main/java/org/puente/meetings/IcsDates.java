package org.puente.meetings;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;

/**
 * Checks the dates of an .ics file as written, before ical4j reads them: ical4j is lenient and turns
 * {@code DTSTART:20170230} into 28 February, so an impossible date would become a real meeting on another day.
 * RFC 5545 dates are {@code YYYYMMDD}, optionally {@code THHMMSS} and {@code Z}.
 */
final class IcsDates {

	/** A date property (after unfolding): its name, parameters, and value. */
	private static final Pattern DATE_LINE = Pattern.compile(
			"(?im)^(DTSTART|DTEND|DUE|RECURRENCE-ID|EXDATE|RDATE)(;[^:\\r\\n]*)?:([^\\r\\n]*)$");

	private static final Pattern VALUE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})Z?)?");

	private IcsDates() {
	}

	/** Refuses the file (422, naming the value) when a date or time in it does not exist. */
	static void requireRealDates(byte[] file) {
		String text = new String(file, StandardCharsets.UTF_8).replaceAll("\\r?\\n[ \\t]", "");
		Matcher line = DATE_LINE.matcher(text);
		while (line.find()) {
			String parameters = line.group(2) == null ? "" : line.group(2).toUpperCase(java.util.Locale.ROOT);
			if (parameters.contains("VALUE=PERIOD")) {
				continue;
			}
			for (String value : line.group(3).strip().split(",")) {
				if (!real(value.strip())) {
					throw new RefusedException(RefusalKind.INVALID, "meetings.import.badDate",
							value.strip().length() > 40 ? value.strip().substring(0, 40) : value.strip());
				}
			}
		}
	}

	static boolean real(String value) {
		Matcher m = VALUE.matcher(value);
		if (!m.matches()) {
			return false;
		}
		try {
			LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
			if (m.group(4) != null) {
				int second = Integer.parseInt(m.group(6));
				// 60 is a leap second, which RFC 5545 allows
				LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Math.min(second, 59));
				return second <= 60;
			}
			return true;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}
}

package org.puente.i18n;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How precisely a date is known: to the minute in a time zone ({@link #EXACT}, a meeting with its times), or only to
 * the day, the week, the month, the quarter, the half year or the year ("14 de junio", "la primera semana de
 * diciembre", "en noviembre", "Q3", "el segundo semestre", "en 2018"). One type for the calendar's meetings, the
 * dates read in minutes and the agreements' deadlines; each offers the values it uses ({@link #MEETINGS},
 * {@link #WORDS}). Written in JSON as its lower-case name ("day").
 */
public enum DatePrecision {

	EXACT, DAY, WEEK, MONTH, QUARTER, HALF, YEAR;

	/** What a meeting's dates may be: times, whole days, or only the week or the month. */
	public static final List<DatePrecision> MEETINGS = List.of(EXACT, DAY, WEEK, MONTH);

	/** The units words in a text speak in (a date read in minutes, an agreement's deadline). */
	public static final List<DatePrecision> WORDS = List.of(DAY, WEEK, MONTH, QUARTER, HALF, YEAR);

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The precision named by this text, in any case; the names used before the types were one are still read:
	 * "DAYS" (meetings) is a day, "PERIOD" (agreements) the loosest, a year.
	 */
	@JsonCreator
	public static DatePrecision of(String text) {
		String name = text.strip().toUpperCase(Locale.ROOT);
		return switch (name) {
			case "DAYS" -> DAY;
			case "PERIOD" -> YEAR;
			default -> valueOf(name);
		};
	}
}

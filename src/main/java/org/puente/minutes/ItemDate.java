package org.puente.minutes;

import java.time.LocalDate;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import org.puente.i18n.DatePrecision;

/**
 * A date of an item resolved against the meeting date.
 *
 * @param expression the words as written, with the cue that classifies them ("a más tardar el lunes 12 de junio")
 * @param start first day the expression covers
 * @param end last day it covers, the same as start for a single day
 * @param warning message key (under {@code minutes.}) saying why the reader should check the date, else null
 */
public record ItemDate(String expression, LocalDate start, LocalDate end, DatePrecision precision, Kind kind,
		@Nullable String warning) {

	/** A limit for the task, or the day an agreed event takes place. */
	public enum Kind {
		DEADLINE, EVENT;

		@JsonValue
		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}
	}
}

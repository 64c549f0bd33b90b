package org.puente.flows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;

/**
 * A day of the period as the submission form sends it, read once. A date field sends YYYY-MM-DD; in a browser without
 * date fields it is typed, and may be no date (2026-02-30): the page says so on that field, with what was typed still
 * in it.
 *
 * @param field the id of the day's field on the page, which its refusal names
 * @param typed what the form sent; null when it sent nothing
 * @param date the day; null when nothing was typed or what was typed is no date
 */
record TypedDay(String field, @Nullable String typed, @Nullable LocalDate date) {

	static TypedDay of(String field, @Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			return new TypedDay(field, typed, null);
		}
		try {
			return new TypedDay(field, typed, LocalDate.parse(typed.strip()));
		}
		catch (DateTimeParseException ex) {
			return new TypedDay(field, typed, null);
		}
	}

	/** The day, or null when nothing was typed; what was typed that is no date is refused on its field. */
	@Nullable LocalDate day() {
		if (date == null && typed != null && !typed.isBlank()) {
			throw new NoDate(field, typed.strip());
		}
		return date;
	}

	/**
	 * A date field, or a text field when it holds what was typed that is no date (a date field cannot hold it, nor a
	 * date with spaces around it).
	 */
	String fieldType() {
		return typed == null || typed.isEmpty() || date != null && typed.equals(typed.strip()) ? "date" : "text";
	}

	/** What was typed in a day's field is no date (422): said on that field. */
	static final class NoDate extends RefusedException {

		private final String field;

		NoDate(String field, String typed) {
			super(RefusalKind.INVALID, "flows.submit.badDate", typed);
			this.field = field;
		}

		/** The id of the field on the page. */
		String field() {
			return field;
		}
	}
}

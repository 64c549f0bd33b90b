package org.puente.minutes.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.IntFunction;

import org.jspecify.annotations.Nullable;

import org.puente.i18n.DatePrecision;

/**
 * One text being read: its tokens, the meeting date every partial or relative date is resolved from, the language,
 * and the conventions of the corpus for what the meeting date leaves open (CORPUS-SPEC "Dates").
 */
final class Reading {

	/** A day without a year this many days before the meeting or less is the one just past, not next year's. */
	private static final int RECENT_PAST_DAYS = 60;

	final String text;

	final List<Token> tokens;

	final LocalDate meeting;

	final String lang;

	/** The whole text is a cell of a date column: "12/04" needs no preposition to be read as a date. */
	final boolean cell;

	private @Nullable NumericOrder order;

	Reading(String text, List<Token> tokens, LocalDate meeting, String lang, boolean cell) {
		this.text = text;
		this.tokens = tokens;
		this.meeting = meeting;
		this.lang = lang;
		this.cell = cell;
	}

	NumericOrder order() {
		if (order == null) {
			order = NumericOrder.of(tokens, lang);
		}
		return order;
	}

	/**
	 * A day and month without a year fall on their next occurrence on or after the meeting, unless they were only a
	 * few weeks before it ("el 28/2" in minutes of 11 April is the February just past): then that day, flagged.
	 */
	Resolved day(int day, int month, @Nullable Integer year) {
		return yearly(y -> LocalDate.of(y, month, day), year); // "29 de febrero" of a common year: none
	}

	/**
	 * A day that comes back every year ({@link #day}, a feast: "Navidad", "le lundi de Pâques"), given by its day in
	 * each year: in the year written, else as {@link #day} reads a day and month without one.
	 */
	Resolved yearly(IntFunction<LocalDate> inYear, @Nullable Integer year) {
		if (year != null) {
			LocalDate date = inYear.apply(year);
			return new Resolved(date, date, DatePrecision.DAY, null, -1, -1);
		}
		LocalDate date = inYear.apply(meeting.getYear());
		if (date.isAfter(meeting.plusDays(RECENT_PAST_DAYS))) {
			LocalDate lastYear = inYear.apply(meeting.getYear() - 1); // "20/12" in minutes of 8 January: the December just past
			if (!lastYear.isBefore(meeting.minusDays(RECENT_PAST_DAYS))) {
				return new Resolved(lastYear, lastYear, DatePrecision.DAY, "date.year-guessed", -1, -1);
			}
		}
		if (date.isBefore(meeting.minusDays(RECENT_PAST_DAYS))) {
			date = inYear.apply(meeting.getYear() + 1);
		}
		else if (date.isBefore(meeting)) {
			return new Resolved(date, date, DatePrecision.DAY, "date.year-guessed", -1, -1);
		}
		return new Resolved(date, date, DatePrecision.DAY, null, -1, -1);
	}

	/** A month without a year is the next one that has not ended by the meeting, or the one just ended (flagged). */
	YearMonth month(int month, @Nullable Integer year) {
		if (year != null) {
			return YearMonth.of(year, month);
		}
		YearMonth candidate = YearMonth.of(meeting.getYear(), month);
		YearMonth current = YearMonth.from(meeting);
		if (candidate.minusYears(1).plusMonths(1).equals(current)) {
			return candidate.minusYears(1); // "diciembre" in minutes of January: the month just ended, as within a year
		}
		if (candidate.isBefore(current)) {
			return candidate.plusMonths(1).equals(current) ? candidate : candidate.plusYears(1);
		}
		return candidate;
	}

	/** "mayo" read in June is the May just past: flagged, since it may as well be next May. */
	@Nullable String monthWarning(int month, @Nullable Integer year) {
		return year == null && YearMonth.from(meeting).minusMonths(1).getMonthValue() == month
				? "date.year-guessed" : null;
	}

	/** The year of a period ending in {@code lastMonth}: this one, unless that period has ended by the meeting. */
	int yearEnding(int lastMonth) {
		return YearMonth.of(meeting.getYear(), lastMonth).isBefore(YearMonth.from(meeting)) ? meeting.getYear() + 1
				: meeting.getYear();
	}

	/** "end of month": the meeting's month's last day, or the next month's when the meeting is in its last 3 days. */
	LocalDate endOfMonth(int monthsAhead) {
		YearMonth month = YearMonth.from(meeting).plusMonths(monthsAhead);
		if (monthsAhead == 0 && meeting.getDayOfMonth() > month.lengthOfMonth() - 3) {
			month = month.plusMonths(1);
		}
		return month.atEndOfMonth();
	}

	/** The explicit year of a match, "this/next year" in words, or null when the words give none. */
	@Nullable Integer year(Match m, int group) {
		Token year = m.first("Y", group);
		if (year != null) {
			return year.value();
		}
		if (m.first("Z", group) != null || m.first("TP", group) != null) {
			return meeting.getYear() + (m.first("P", group) != null ? 1 : 0);
		}
		return shortYear(m, group);
	}

	/** Two figures written tight after a month and a dash or slash: "2-abril-25", "12-Apr-24", "02/avr/25". */
	private @Nullable Integer shortYear(Match m, int group) {
		Token last = m.to(group) - m.from(group) >= 3 ? m.token(m.to(group) - 1) : null;
		if (last == null || last.cls() != 'n' || last.digits() != 2 || !last.tight()) {
			return null;
		}
		Token sign = m.token(m.to(group) - 2);
		Token month = m.token(m.to(group) - 3);
		return "-/.".indexOf(sign.cls()) >= 0 && sign.tight() && "Ma".indexOf(month.cls()) >= 0 ? 2000 + last.value() : null;
	}
}

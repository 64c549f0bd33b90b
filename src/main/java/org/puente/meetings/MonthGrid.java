package org.puente.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A month as weeks of days (Monday first), each day with the meetings that touch it. */
record MonthGrid(YearMonth month, String caption, List<Weekday> weekdays, List<List<Day>> weeks, String previous,
		String next) {

	/**
	 * A column's day, named in full and abbreviated: a phone's column is too narrow for "mercredi", and the first
	 * letters the page cut it to before were alike for two days ("m…" Tuesday and Wednesday, "qu…" in Portuguese).
	 */
	record Weekday(String name, String abbreviation) {
	}

	/** One cell; {@code date} is null for the padding before the 1st and after the last day. */
	record Day(@Nullable LocalDate date, List<MeetingSummary> meetings, boolean today) {

		public int number() {
			return date == null ? 0 : date.getDayOfMonth();
		}
	}

	/** @param today the day marked as today (from the application's clock) */
	static MonthGrid of(YearMonth month, List<MeetingSummary> meetings, Locale locale, LocalDate today) {
		List<Weekday> weekdays = new ArrayList<>();
		for (DayOfWeek d : DayOfWeek.values()) {
			weekdays.add(new Weekday(d.getDisplayName(TextStyle.FULL_STANDALONE, locale),
					d.getDisplayName(TextStyle.SHORT_STANDALONE, locale)));
		}
		List<List<Day>> weeks = new ArrayList<>();
		List<Day> week = new ArrayList<>();
		for (int i = 1; i < month.atDay(1).getDayOfWeek().getValue(); i++) {
			week.add(new Day(null, List.of(), false));
		}
		for (int d = 1; d <= month.lengthOfMonth(); d++) {
			LocalDate date = month.atDay(d);
			List<MeetingSummary> that = meetings.stream()
				.filter(m -> !m.startDate().isAfter(date) && !m.endDate().isBefore(date))
				.toList();
			week.add(new Day(date, that, date.equals(today)));
			if (week.size() == 7) {
				weeks.add(week);
				week = new ArrayList<>();
			}
		}
		if (!week.isEmpty()) {
			while (week.size() < 7) {
				week.add(new Day(null, List.of(), false));
			}
			weeks.add(week);
		}
		String caption = MeetingSummaryText.month(month, locale);
		return new MonthGrid(month, caption, weekdays, weeks, month.minusMonths(1).toString(),
				month.plusMonths(1).toString());
	}
}

package org.puente.minutes.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.DatePrecision;

/**
 * Resolvers of the rules that name days with their month written out: dates, ranges and weeks from a day
 * ({@link NumericDayRules} reads them in figures).
 */
final class DayRules {

	/** "el 28 del corriente", "le 15 courant": the current month without the word "month". */
	private static final java.util.Set<String> CURRENT = java.util.Set.of("corriente", "courant", "corrente");

	private DayRules() {
	}

	/** "del 30 de agosto al 1 de septiembre", "30 August to 1 September 2018": groups 1 and 3 are dates, 2 the joiner. */
	static List<Resolved> crossRange(Match m) {
		Integer endYear = m.reading.year(m, 3);
		Integer startYear = m.reading.year(m, 1);
		Resolved start = dayIn(m, 1, startYear != null ? startYear : endYear);
		Resolved end = dayIn(m, 3, endYear != null ? endYear : startYear);
		if (start == null || end == null) {
			return List.of();
		}
		LocalDate last = end.first();
		if (last.isBefore(start.first())) {
			last = last.plusYears(1);
		}
		return joined(m, 2, start.first(), last, start.warning());
	}

	/** "May 30 - June 2, 2025": groups 1 and 2 are month-and-day. */
	static List<Resolved> monthFirstCrossRange(Match m) {
		Integer year = m.reading.year(m, 0);
		int d1 = Match.dayOf(m.first("no", 1));
		int d2 = Match.dayOf(m.first("no", 2));
		if (d1 < 0 || d2 < 0) {
			return List.of();
		}
		Resolved start = m.reading.day(d1, m.first("Ma", 1).value(), year);
		LocalDate end = LocalDate.of(start.first().getYear(), m.first("Ma", 2).value(), d2);
		return end.isBefore(start.first()) ? List.of() : Resolved.one(start.first(), end, DatePrecision.DAY);
	}

	/** "7 y 8 de septiembre", "los días 12, 13 y 14", "du 3 au 5 mai", "3-5 May 2018": 1 first days, 2 joiner, 3 last day. */
	static List<Resolved> dayRange(Match m) {
		List<Token> days = new ArrayList<>(m.all("no", 1));
		days.add(m.first("no", 3));
		int month = m.first("Ma", 4).value();
		Integer year = m.reading.year(m, 5);
		for (Token day : days) {
			if (Match.dayOf(day) < 0) {
				return List.of();
			}
		}
		Resolved first = m.reading.day(days.get(0).value(), month, year);
		int lastDay = days.get(days.size() - 1).value();
		if (lastDay <= days.get(0).value()) {
			return List.of(); // "12 y 3 de mayo" is no range
		}
		boolean listed = "y/".indexOf(m.token(m.from(2)).cls()) >= 0 && m.first("S") == null; // "12/13 juin" listed
		if (listed && !consecutive(days)) {
			// "5 y 12 de junio": two days, not the week between them
			List<Resolved> each = new ArrayList<>();
			for (Token day : days) {
				int index = m.reading.tokens.indexOf(day);
				LocalDate date = first.first().withDayOfMonth(day.value());
				int to = day == days.get(days.size() - 1) ? m.to() : index + 1;
				each.add(new Resolved(date, date, DatePrecision.DAY, null, index, to));
			}
			return each;
		}
		return Resolved.one(first.first(), first.first().withDayOfMonth(lastDay), DatePrecision.DAY).get(0)
			.warn(first.warning()).list();
	}

	/** "May 20–22, 2025", "June 7 and 8": 1 month, 2 first day, 3 joiner, 4 last day. */
	static List<Resolved> monthFirstDayRange(Match m) {
		Integer year = m.reading.year(m, 0);
		if (!m.reading.lang.equals("en") && year == null) {
			return List.of();
		}
		int d1 = Match.dayOf(m.first("no", 2));
		int d2 = Match.dayOf(m.first("no", 4));
		if (d1 < 0 || d2 <= d1) {
			return List.of();
		}
		Resolved start = m.reading.day(d1, m.first("Ma", 1).value(), year);
		return Resolved.one(start.first(), start.first().withDayOfMonth(d2), DatePrecision.DAY);
	}

	/** "la semana del 4 de diciembre", "w/c 4 Dec", "the week of January 27": seven days from that day. */
	static List<Resolved> weekFrom(Match m) {
		Token month = m.first("Ma", 1);
		int day = Match.dayOf(m.first("no", 1));
		if (day < 0) {
			return List.of();
		}
		LocalDate start = m.reading.day(day, month.value(), m.reading.year(m, 1)).first();
		return Resolved.one(start, start.plusDays(6), DatePrecision.WEEK);
	}

	/** "el lunes 12 de junio de 2017", "14 juin", "1º de maio", "the 14th of June". */
	static List<Resolved> dayFirst(Match m) {
		Resolved date = dayIn(m, 0, m.reading.year(m, 0));
		return date == null ? List.of() : date.warn(weekdayWarning(m, date.first())).list();
	}

	/** "June 14th", "Monday, June 12, 2017", "junio 14 de 2017" (outside English only with its year). */
	static List<Resolved> monthFirst(Match m) {
		Integer year = m.reading.year(m, 0);
		if (!m.reading.lang.equals("en") && year == null && !m.reading.cell) {
			return List.of();
		}
		int day = Match.dayOf(m.first("no"));
		if (day < 0) {
			return List.of();
		}
		Resolved date = m.reading.day(day, m.first("Ma").value(), year);
		return date.warn(weekdayWarning(m, date.first())).list();
	}

	/** "el 28 del presente mes", "dia 30 do corrente mês", "el 5 del mes siguiente", "el 28 del corriente", "le 15 courant". */
	static List<Resolved> dayOfNamedMonth(Match m) {
		int day = Match.dayOf(m.first("no"));
		Token current = m.first("T");
		if (day < 0 || m.first("V") == null && !CURRENT.contains(current.word())) {
			return List.of();
		}
		LocalDate month = m.reading.meeting.plusMonths(m.first("P") != null ? 1 : 0);
		return Resolved.day(month.withDayOfMonth(day));
	}

	// Helpers.

	private static boolean consecutive(List<Token> days) {
		for (int i = 1; i < days.size(); i++) {
			if (days.get(i).value() != days.get(i - 1).value() + 1) {
				return false;
			}
		}
		return true;
	}

	/** The first day and month in a group, in a given year or the next occurrence. */
	private static @Nullable Resolved dayIn(Match m, int group, @Nullable Integer year) {
		int day = Match.dayOf(m.first("no", group));
		Token month = m.first("Ma", group);
		return day < 0 || month == null ? null : m.reading.day(day, month.value(), year);
	}

	private static List<Resolved> joined(Match m, int joiner, LocalDate first, LocalDate last, @Nullable String warning) {
		boolean listed = m.token(m.from(joiner)).cls() == 'y' && m.first("S") == null;
		if (listed && last.toEpochDay() - first.toEpochDay() > 1) {
			return List.of(new Resolved(first, first, DatePrecision.DAY, warning, m.from(), m.from(joiner)),
					new Resolved(last, last, DatePrecision.DAY, null, m.from(joiner) + 1, m.to()));
		}
		return new Resolved(first, last, DatePrecision.DAY, warning, -1, -1).list();
	}

	/** "el martes 12 de junio" when the 12th is a Monday: the date is kept and flagged. */
	static @Nullable String weekdayWarning(Match m, LocalDate date) {
		Token weekday = m.first("WA");
		return weekday == null || weekday.value() == date.getDayOfWeek().getValue() ? null : "date.weekday-mismatch";
	}
}

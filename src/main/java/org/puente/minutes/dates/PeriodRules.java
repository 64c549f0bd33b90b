package org.puente.minutes.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.puente.i18n.DatePrecision;

/** Resolvers of the rules that name longer periods: months, their parts, quarters, halves and years. */
final class PeriodRules {

	private PeriodRules() {
	}

	/** "a fin de mes", "until the end of month", "fin del próximo mes", "a mediados de mes". */
	static List<Resolved> partOfRelativeMonth(Match m) {
		int ahead = m.first("P") != null ? 1 : 0;
		Token part = m.first("BIEX");
		if (part.cls() == 'E' || part.cls() == 'X') { // "fin de mes", "antes de que acabe el mes": its last day
			return Resolved.day(m.reading.endOfMonth(ahead));
		}
		YearMonth month = YearMonth.from(m.reading.meeting).plusMonths(ahead);
		List<Resolved> third = third(month, part.cls());
		if (ahead == 0 && third.get(0).last().isBefore(m.reading.meeting)) {
			third = third(month.plusMonths(1), part.cls()); // "a principios de mes" said on the 20th: next month's
		}
		return third;
	}

	/** "antes de finalizar el mes de octubre", "by the end of May", "d'ici fin mars": the month's last day. */
	static List<Resolved> endOfNamedMonth(Match m) {
		Token month = m.first("M", 1);
		Integer year = m.reading.year(m, 1);
		return Resolved.day(m.reading.month(month.value(), year).atEndOfMonth());
	}

	/** "by end of Q3", "end of Q1 2026": the quarter's last day. */
	static List<Resolved> endOfQuarter(Match m) {
		Token period = m.first("QL");
		int lastMonth = period.value() * (period.cls() == 'Q' ? 3 : 6);
		Token year = m.first("Y");
		int y = year != null ? year.value() : m.reading.yearEnding(lastMonth);
		return Resolved.day(YearMonth.of(y, lastMonth).atEndOfMonth());
	}

	/**
	 * "a fin de trimestre", "by the end of the quarter", "d'ici la fin du semestre", "até o fim do semestre": the last day
	 * of the meeting's quarter or half (of the next one after "next", or when the meeting is in its last 3 days).
	 */
	static List<Resolved> endOfRelativePeriod(Match m) {
		int months = m.first("R") != null ? 3 : 6;
		if (RelativeRules.plural(m)) {
			return List.of();
		}
		YearMonth start = periodStart(m.reading.meeting, months).plusMonths(m.first("P") != null ? months : 0);
		LocalDate end = start.plusMonths(months - 1L).atEndOfMonth();
		if (m.first("P") == null && !m.reading.meeting.isBefore(end.minusDays(2))) {
			end = start.plusMonths(2L * months - 1).atEndOfMonth();
		}
		return Resolved.day(end);
	}

	/** The first month of the quarter (3) or half (6) the day is in. */
	static YearMonth periodStart(LocalDate day, int months) {
		YearMonth month = YearMonth.from(day);
		return month.minusMonths((month.getMonthValue() - 1) % months);
	}

	/** "before the end of the year", "d'ici fin 2025": the year's last day. */
	static List<Resolved> endOfYear(Match m) {
		Integer year = m.reading.year(m, 0);
		return Resolved.day(LocalDate.of(year != null ? year : m.reading.meeting.getYear(), 12, 31));
	}

	/** "a finales de agosto", "early July", "mi-juin", "meados de setembro": thirds of the month. */
	static List<Resolved> partOfMonth(Match m) {
		Token month = m.first("M", 1);
		Integer year = m.reading.year(m, 1);
		return third(m.reading.month(month.value(), year), m.first("BIE").cls());
	}

	/**
	 * "late April / early May", "fin avril - début mai", "entre mi-juin et fin juin": from the first part's first day to
	 * the second's last ("fin juin et début juillet" without "entre" is two periods).
	 */
	static List<Resolved> partsOfMonths(Match m) {
		if (m.first("y") != null && m.first("S") == null) {
			return List.of();
		}
		List<Token> months = m.all("M", 0);
		YearMonth last = m.reading.month(months.get(months.size() - 1).value(), m.reading.year(m, 1));
		YearMonth first = YearMonth.of(last.getYear(), months.get(0).value());
		first = first.isAfter(last) ? first.minusYears(1) : first;
		List<Token> parts = m.all("BIE", 0);
		return Resolved.one(third(first, parts.get(0).cls()).get(0).first(),
				third(last, parts.get(parts.size() - 1).cls()).get(0).last(), DatePrecision.MONTH);
	}

	/**
	 * "early 2019", "mid-2019", "finales de 2024": thirds of the year, as for months; the end of a year left unnamed
	 * ("a fin de año", "end of the year", "fin de l'année") is its last day, as "fin de mes" is the month's.
	 */
	static List<Resolved> partOfYear(Match m) {
		Integer year = m.reading.year(m, 0);
		int y = year != null ? year : m.reading.meeting.getYear();
		if (m.first("BIE").cls() == 'E' && m.first("Y") == null) {
			return Resolved.day(LocalDate.of(y, 12, 31)); // "fin de año", "end of the year": its last day, as "fin de mes"
		}
		return switch (m.first("BIE").cls()) {
			case 'B' -> Resolved.one(LocalDate.of(y, 1, 1), LocalDate.of(y, 4, 30), DatePrecision.QUARTER);
			case 'I' -> Resolved.one(LocalDate.of(y, 5, 1), LocalDate.of(y, 8, 31), DatePrecision.QUARTER);
			default -> Resolved.one(LocalDate.of(y, 9, 1), LocalDate.of(y, 12, 31), DatePrecision.QUARTER);
		};
	}

	/** "la primera semana de diciembre", "the last week of June": days 1-7, 8-14… or the last seven. */
	static List<Resolved> weekOfMonth(Match m) {
		YearMonth month = m.reading.month(m.first("M", 1).value(), m.reading.year(m, 1));
		int ordinal = ordinal(m.first("oA"));
		if (ordinal == 0 || ordinal > 5) {
			return List.of();
		}
		int last = month.lengthOfMonth();
		int first = ordinal < 0 ? last - 6 : (ordinal - 1) * 7 + 1;
		if (first > last) {
			return List.of();
		}
		return Resolved.one(month.atDay(first), month.atDay(Math.min(first + 6, last)), DatePrecision.WEEK);
	}

	/** "3rd Wednesday of March", "el primer lunes de julio", "le dernier vendredi du mois". */
	static List<Resolved> weekdayOfMonth(Match m) {
		int ordinal = ordinal(m.first("oA"));
		if (ordinal == 0 || ordinal > 5) {
			return List.of();
		}
		Token weekday = m.token(m.from() + 1);
		YearMonth month = m.has(1) ? m.reading.month(m.first("M", 1).value(), m.reading.year(m, 1))
				: YearMonth.from(m.reading.meeting).plusMonths(m.first("P") != null ? 1 : 0);
		LocalDate day = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal,
				java.time.DayOfWeek.of(weekday.value())));
		return YearMonth.from(day).equals(month) ? Resolved.day(day) : List.of();
	}

	/**
	 * "el último día de julio", "the first day of May", "le 15e jour de mars": that day; "los primeros días de enero",
	 * "the last days of June", "nos últimos dias de julho": the month's first or last third.
	 */
	static List<Resolved> ordinalDay(Match m) {
		YearMonth month = m.reading.month(m.first("M", 1).value(), m.reading.year(m, 1));
		int ordinal = ordinal(m.first("oA"));
		if (m.first("D").word().endsWith("s")) {
			return ordinal == 1 || ordinal == -1 ? third(month, ordinal == 1 ? 'B' : 'E') : List.of();
		}
		if (ordinal == -1) {
			return Resolved.day(month.atEndOfMonth());
		}
		return ordinal >= 1 && ordinal <= month.lengthOfMonth() ? Resolved.day(month.atDay(ordinal)) : List.of();
	}

	/** "la primera quincena de agosto", "the second half of July": days 1-15, or 16 to the end. */
	static List<Resolved> halfOfMonth(Match m) {
		YearMonth month = m.reading.month(m.first("M", 1).value(), m.reading.year(m, 1));
		int ordinal = ordinal(m.first("oA"));
		return switch (ordinal) {
			case 1 -> Resolved.one(month.atDay(1), month.atDay(15), DatePrecision.MONTH);
			case 2, -1 -> Resolved.one(month.atDay(16), month.atEndOfMonth(), DatePrecision.MONTH);
			default -> List.of();
		};
	}

	/** "el primer trimestre del año 2000", "1er semestre", "the third quarter of 2018", "la segunda mitad del año". */
	static List<Resolved> quarterOrHalf(Match m) {
		boolean half = m.first("HI") != null;
		int months = half ? 6 : 3;
		int ordinal = ordinal(m.first("oA"));
		int count = 12 / months;
		if (ordinal < 0) {
			ordinal = count;
		}
		if (ordinal < 1 || ordinal > count) {
			return List.of();
		}
		return period(m, ordinal * months - months + 1, months, half ? DatePrecision.HALF : DatePrecision.QUARTER);
	}

	/** "Q3", "Q1 2026", "H2 2018". */
	static List<Resolved> businessQuarter(Match m) {
		Token token = m.first("QL");
		int months = token.cls() == 'Q' ? 3 : 6;
		return period(m, token.value() * months - months + 1, months,
				token.cls() == 'Q' ? DatePrecision.QUARTER : DatePrecision.HALF);
	}

	/** "entre mayo y junio", "de maio a junho de 2019", "May–June", "Feb / Mar". */
	static List<Resolved> monthRange(Match m) {
		int g = m.has(1) ? 0 : 3; // the second form: "Feb / Mar", "avril/mai 2025"
		YearMonth last = m.reading.month(m.first("Ma", g + 2).value(), m.reading.year(m, g + 3));
		YearMonth first = YearMonth.of(last.getYear(), m.first("Ma", g + 1).value());
		if (first.isAfter(last)) {
			first = first.minusYears(1);
		}
		return Resolved.one(first.atDay(1), last.atEndOfMonth(), DatePrecision.MONTH);
	}

	/** "avril-mai et juin", "abril, mayo y junio", "April, May and June": one period when the months follow each other. */
	static List<Resolved> monthList(Match m) {
		List<Token> months = m.all("M", 0);
		for (int i = 1; i < months.size(); i++) {
			if (months.get(i - 1).value() % 12 + 1 != months.get(i).value()) {
				return List.of(); // "en avril, juin et septembre": each its own
			}
		}
		return monthRange(m);
	}

	/** "en noviembre", "junio de 2025", "Jan 2025". */
	static List<Resolved> month(Match m) {
		Token month = m.first("Ma");
		Integer year = m.reading.year(m, 0);
		YearMonth resolved = m.reading.month(month.value(), year);
		return new Resolved(resolved.atDay(1), resolved.atEndOfMonth(), DatePrecision.MONTH,
				m.reading.monthWarning(month.value(), year), -1, -1).list();
	}

	/**
	 * "até 11/2012", "hasta 03/2025", "Prazo: 11/2012", a cell "11/2012": a month in figures, only after a limit word or
	 * in a date column, since "Ley 11/2012" and "Decreto 3/2019" name a text, not a month.
	 */
	static List<Resolved> numericMonth(Match m) {
		Token month = m.first("n");
		if (m.first("KCG") == null && !m.reading.cell || month.value() < 1 || month.value() > 12) {
			return List.of();
		}
		YearMonth resolved = YearMonth.of(m.first("Y").value(), month.value());
		return Resolved.one(resolved.atDay(1), resolved.atEndOfMonth(), DatePrecision.MONTH);
	}

	/** "en 2018", "durante el año 2000", "d'ici 2025", "courant 2025"; a year alone only in a date column's cell. */
	static List<Resolved> year(Match m) {
		if (m.first("KJGZT") == null && !m.reading.cell) {
			return List.of();
		}
		int year = m.first("Y").value();
		return Resolved.one(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR);
	}

	/** "2017-2018", "de 2018 a 2020". */
	static List<Resolved> yearRange(Match m) {
		List<Token> years = m.all("Y", 0);
		int from = years.get(0).value();
		int to = years.get(years.size() - 1).value();
		if (to <= from || to - from > 10) {
			return List.of();
		}
		return Resolved.one(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), DatePrecision.YEAR);
	}

	// Helpers.

	/** Thirds of a month: days 1-10, 11-20 and 21 to the end (CORPUS-SPEC). */
	private static List<Resolved> third(YearMonth month, char part) {
		return switch (part) {
			case 'B' -> Resolved.one(month.atDay(1), month.atDay(10), DatePrecision.MONTH);
			case 'I' -> Resolved.one(month.atDay(11), month.atDay(20), DatePrecision.MONTH);
			default -> Resolved.one(month.atDay(21), month.atEndOfMonth(), DatePrecision.MONTH);
		};
	}

	/** A quarter or half of the year the words give, else of this year unless it has ended, else of next year. */
	private static List<Resolved> period(Match m, int firstMonth, int months, DatePrecision precision) {
		Integer year = m.reading.year(m, 0);
		int lastMonth = firstMonth + months - 1;
		int y = year != null ? year : m.reading.yearEnding(lastMonth);
		return Resolved.one(LocalDate.of(y, firstMonth, 1), YearMonth.of(y, lastMonth).atEndOfMonth(), precision);
	}

	/** An ordinal's value; Portuguese "segunda", "quarta", "quinta", "sexta" as ordinals are 2, 4, 5, 6. */
	static int ordinal(@Nullable Token token) {
		if (token == null) {
			return 0;
		}
		if (token.cls() == 'A') {
			return token.value() + 1;
		}
		return token.value();
	}
}

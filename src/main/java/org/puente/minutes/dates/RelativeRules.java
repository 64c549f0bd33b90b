package org.puente.minutes.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import org.puente.i18n.DatePrecision;

/** Resolvers of the rules counted from the meeting: weekdays, next week or month, "in 15 days", tomorrow. */
final class RelativeRules {

	/** Words before which Spanish "mañana" is the morning, not tomorrow: "la mañana", "esta mañana", "por la mañana". */
	private static final Set<String> MORNING = Set.of("la", "esta", "por", "de", "cada", "una", "toda", "manana");

	/** The words that alone say the end of the meeting's working day. */
	private static final Set<String> END_OF_DAY = Set.of("eod", "cob", "end of day", "close of business");

	/** Parts of the day after a Portuguese weekday ("à noite", "de manhã", "à tarde"). */
	private static final Set<String> PART_OF_DAY = Set.of("noite", "manha", "tarde", "madrugada");

	private RelativeRules() {
	}

	/** "by Wednesday", "até sexta-feira", "antes del sábado", "d'ici vendredi", "next Monday": the first after. */
	static List<Resolved> weekday(Match m) {
		Token day = m.first("WA");
		if (day.cls() == 'A' && m.first("PK") == null && !introducesWeekday(m.before()) && !m.reading.cell
				&& !partOfDayAfter(m)) {
			return List.of(); // "segunda", "quinta" alone are as often "second", "fifth"; not "sexta à noite", a cell "Sexta"
		}
		if (day.cls() == 'A' && m.to() < m.reading.tokens.size() && "IHRFUDVZ".indexOf(m.token(m.to()).cls()) >= 0) {
			return List.of(); // "na segunda metade", "a quarta semana": an ordinal before a period, not a weekday
		}
		Token before = m.before();
		if (day.value() > ShortDayRules.PLURAL && (before == null || before.cls() != 'K')) {
			return List.of(); // "on Fridays", "los sábados": every week, no one date; "by Thursdays": the next one
		}
		if (before != null && before.cls() == 'o') {
			return List.of(); // "the last Tuesday of each month", "el primer lunes de cada mes": every month, no one date
		}
		LocalDate date = m.reading.meeting.with(TemporalAdjusters.next(DayOfWeek.of(day.value() % ShortDayRules.PLURAL)));
		Token next = m.first("P");
		if (next != null && next.value() == 2 && m.token(m.from()) != next) {
			date = date.plusWeeks(1); // "the Monday after next"
		}
		return new Resolved(date, date, DatePrecision.DAY, "date.weekday-only", -1, -1).list();
	}

	/**
	 * "last Tuesday", "el pasado martes", "el martes pasado", "mardi dernier", "le mardi précédent", "na terça-feira
	 * passada", "this past Friday": the latest such day before the meeting; "Friday last week", "el viernes de la
	 * semana pasada", "vendredi de la semaine dernière": that day of the week before the meeting's. Not a month's last
	 * weekday ("the last Tuesday of each month", "le dernier mardi du mois": the grammar leaves them out), nor "the
	 * first Tuesday".
	 */
	static List<Resolved> pastWeekday(Match m) {
		Token day = m.first("WA");
		Token ordinal = m.first("o");
		boolean beforeWord = m.to() < m.reading.tokens.size() && m.token(m.to()).cls() == 'x';
		if (day.value() > 7 || ordinal != null && ordinal.value() != -1 || day.cls() == 'A' && beforeWord) {
			return List.of(); // "a última quinta parte": an ordinal, not Thursday
		}
		DayOfWeek weekday = DayOfWeek.of(day.value());
		LocalDate date = m.first("U") != null
				? m.reading.meeting.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1).with(weekday)
				: m.reading.meeting.with(TemporalAdjusters.previous(weekday));
		return new Resolved(date, date, DatePrecision.DAY, "date.weekday-only", -1, -1).list();
	}

	/**
	 * "Friday week", "a week on Friday", "lundi en huit", "vendredi en quinze", "el lunes en ocho": the weekday's first
	 * day after the meeting, then one week on (two for "en quinze"). "Friday week" is English only.
	 */
	static List<Resolved> weekdayWeeksOn(Match m) {
		Token day = m.first("WA");
		Token count = m.first("w");
		int weeks = m.first("J") == null ? 1 : count.value() == 8 ? 1 : count.value() == 15 ? 2 : 0;
		if (day.value() < 1 || day.value() > 7 || weeks == 0 || m.first("J") == null && (!m.reading.lang.equals("en")
				|| count != null && count.value() != 1)) {
			return List.of();
		}
		return Resolved.day(m.reading.meeting.with(TemporalAdjusters.next(DayOfWeek.of(day.value()))).plusWeeks(weeks));
	}

	/** "la próxima semana", "next week", "semana que vem", "semaine prochaine": Monday to Sunday; "this week" too. */
	static List<Resolved> week(Match m) {
		if (plural(m)) {
			return List.of(); // "las próximas semanas", "the coming weeks": no date
		}
		if (m.first("P") != null && afterWithin(m)) {
			return Resolved.one(m.reading.meeting.plusDays(1), m.reading.meeting.plusWeeks(1), DatePrecision.WEEK);
		}
		Token next = m.first("P");
		LocalDate monday = m.reading.meeting.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.plusWeeks(next == null ? 0 : Math.max(1, next.value())); // "the week after next": two
		return Resolved.one(monday, monday.plusDays(6), DatePrecision.WEEK);
	}

	/** "el próximo mes", "next month", "le mois prochain", "este mes". */
	static List<Resolved> month(Match m) {
		if (plural(m)) {
			return List.of();
		}
		if (m.first("P") != null && afterWithin(m)) {
			return Resolved.one(m.reading.meeting.plusDays(1), m.reading.meeting.plusMonths(1), DatePrecision.MONTH);
		}
		YearMonth month = YearMonth.from(m.reading.meeting).plusMonths(m.first("P") != null ? 1 : 0);
		return Resolved.one(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH);
	}

	/** "el próximo año", "next year", "l'année prochaine", "este año". */
	static List<Resolved> year(Match m) {
		if (plural(m)) {
			return List.of();
		}
		int year = m.reading.meeting.getYear() + (m.first("P") != null ? 1 : 0);
		return Resolved.one(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR);
	}

	/** "el próximo trimestre", "next quarter", "le semestre prochain", "este trimestre": the whole period. */
	static List<Resolved> quarterOrHalf(Match m) {
		if (plural(m)) {
			return List.of();
		}
		Token unit = m.first("RH");
		int months = unit.cls() == 'R' ? 3 : 6;
		if (m.reading.lang.equals("en") && unit.cls() == 'H') {
			return List.of(); // "this half" is seldom a half-year in English minutes
		}
		YearMonth start = PeriodRules.periodStart(m.reading.meeting, months).plusMonths(m.first("P") != null ? months : 0);
		return Resolved.one(start.atDay(1), start.plusMonths(months - 1).atEndOfMonth(),
				months == 3 ? DatePrecision.QUARTER : DatePrecision.HALF);
	}

	/**
	 * "sous quinzaine", "within a fortnight", "d'ici une quinzaine": the days after the meeting up to the last of the
	 * fortnight (15 days in es/pt/fr, 14 in English; "huitaine" 8); "in a fortnight", "dans une quinzaine": that day;
	 * "dans la quinzaine" (some time in it): none.
	 */
	static List<Resolved> fortnight(Match m) {
		boolean span = m.first("GK") != null;
		if (!span && (m.first("w") == null || m.first("J").value() == 1) || plural(m)) {
			return List.of(); // "dans la quinzaine", "durante la quincena": some time in it, no one date
		}
		LocalDate end = m.reading.meeting.plusDays(m.first("F").value());
		return span ? Resolved.one(m.reading.meeting.plusDays(1), end, DatePrecision.DAY) : Resolved.day(end);
	}

	/**
	 * "en los próximos 15 días", "within 15 days", "d'ici 15 jours", "dans les 15 jours": the days after the meeting up
	 * to the 15th; "dentro de 15 días", "in 15 days", "dans 15 jours": that 15th day. Counted in working days when
	 * the words say so ("15 días hábiles").
	 */
	static List<Resolved> within(Match m) {
		Token count = m.first("nw", 1);
		Token in = m.first("J");
		boolean span = m.first("GKP") != null || in != null && m.first("t") != null;
		if (!span && (in == null || in.value() == 1 && !timeAfter(m))) {
			return List.of(); // "15 días" alone, or "durante 15 días": a duration, not a date; "for 6 months time": that day
		}
		int n = count.value();
		if (n < 1 || n > 400) {
			return List.of();
		}
		char unit = m.first("DUVZ", 2).cls();
		LocalDate end = switch (unit) {
			case 'D' -> m.first("O") != null && m.first("O").value() == 0 ? workingDays(m.reading.meeting, n) : m.reading.meeting.plusDays(n);
			case 'U' -> m.reading.meeting.plusWeeks(n);
			case 'V' -> m.reading.meeting.plusMonths(n);
			default -> m.reading.meeting.plusYears(n);
		};
		DatePrecision precision = switch (unit) {
			case 'D' -> DatePrecision.DAY;
			case 'U' -> DatePrecision.WEEK;
			case 'V' -> DatePrecision.MONTH;
			default -> DatePrecision.YEAR;
		};
		return span ? Resolved.one(m.reading.meeting.plusDays(1), end, precision) : Resolved.day(end);
	}

	/** "within the week", "within the month": the days after the meeting up to a week or a month on. */
	static List<Resolved> withinPeriod(Match m) {
		Token unit = m.first("UV");
		if (unit.word().endsWith("s")) {
			return List.of(); // "within the weeks to come"
		}
		LocalDate meeting = m.reading.meeting;
		return unit.cls() == 'U' ? Resolved.one(meeting.plusDays(1), meeting.plusWeeks(1), DatePrecision.WEEK)
				: Resolved.one(meeting.plusDays(1), meeting.plusMonths(1), DatePrecision.MONTH);
	}

	/** "hoy", "mañana", "tomorrow", "amanhã", "demain", "pasado mañana". */
	static List<Resolved> fromToday(Match m) {
		Token word = m.first("N");
		Token before = m.before();
		if (word.word().equals("manana") && before != null && MORNING.contains(before.word())) {
			return List.of();
		}
		return Resolved.day(m.reading.meeting.plusDays(word.value()));
	}

	/**
	 * "by the end of the day", "en fin de journée", "até o fim do dia", "EOD", "by COB": the meeting's own day. Not
	 * "end of day 5", nor "by EOD Friday" (the weekday's rule reads that), nor the plural "days".
	 */
	static List<Resolved> endOfDay(Match m) {
		Token day = m.first("D");
		Token word = day != null ? day : m.first("K");
		boolean fits = day != null ? !day.word().endsWith("s") : END_OF_DAY.contains(word.word());
		return fits ? Resolved.day(m.reading.meeting) : List.of();
	}

	/** "within the next month", "dans le mois qui suit", "no prazo da próxima semana": the days up to then. */
	private static boolean afterWithin(Match m) {
		for (int i = m.from() - 1; i >= 0 && i >= m.from() - 3; i--) {
			char c = m.token(i).cls();
			if (c == 'G') {
				return true;
			}
			if (c != 't' && c != 'd') {
				return false;
			}
		}
		return false;
	}

	/** "in 6 months time", "for six months' time": the point a count of days, weeks or months reaches. */
	private static boolean timeAfter(Match m) {
		int next = m.to() < m.reading.tokens.size() && m.token(m.to()).cls() == '~' ? m.to() + 1 : m.to();
		return next < m.reading.tokens.size() && m.token(next).word().equals("time");
	}

	/** "na segunda", "até quinta", "a sexta": a preposition or article makes a bare Portuguese weekday a day. */
	private static boolean introducesWeekday(@org.jspecify.annotations.Nullable Token before) {
		return before != null && (before.cls() == 'K' || Set.of("na", "a", "nesta", "proxima", "esta", "ate")
			.contains(before.word()));
	}

	/** "sexta à noite", "quinta de manhã", "segunda pela manhã": a part of the day makes the word a weekday. */
	private static boolean partOfDayAfter(Match m) {
		for (int i = m.to(); i < m.reading.tokens.size() && i <= m.to() + 1; i++) {
			if (PART_OF_DAY.contains(m.token(i).word())) {
				return true;
			}
		}
		return false;
	}

	/** "próximos", "prochaines", "coming weeks": a plural says some time ahead, not one week, month or year. */
	static boolean plural(Match m) {
		Token next = m.first("PT");
		Token unit = m.first("UVZRHF");
		return next != null && next.word().endsWith("s") && !next.word().equals("this")
				|| m.reading.lang.equals("en") && unit.word().endsWith("s");
	}

	/** Working days skip weekends (holidays differ by country and are left out). */
	private static LocalDate workingDays(LocalDate from, int days) {
		LocalDate date = from;
		int left = days;
		while (left > 0) {
			date = date.plusDays(1);
			if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
				left--;
			}
		}
		return date;
	}
}

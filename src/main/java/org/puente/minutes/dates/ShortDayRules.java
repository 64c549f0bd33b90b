package org.puente.minutes.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import org.puente.i18n.DatePrecision;

/**
 * Resolvers of the rules that name a day without its month, counted forward from the meeting: "el viernes 22",
 * "sexta-feira, dia 15", "Friday the 22nd", "hasta el día 20", "até o dia 20", "by the 20th"; and the end of a week.
 */
final class ShortDayRules {

	/** Words after a number that make it an hour, not a day: "viernes 15 h", "Friday 10 am". */
	private static final Set<String> HOURS = Set.of("h", "hs", "hrs", "hr", "am", "pm", "horas", "hora", "heures",
			"heure", "hours", "hour", "uhr");

	/** The "for" that makes a day alone a limit: "pour le 26", "para el 26", "for the 26th". */
	/** What stands before a day-month field: a dash between fields, a list's bullet or box. */
	private static final java.util.regex.Pattern FIELD_BEFORE = java.util.regex.Pattern.compile(
			"(?:\\s[-–—]\\s+|^\\s*(?:[-*•]\\s+)?(?:\\[[ xX]?\\]\\s*)?)$");
	/** What follows a day-month field: a dash to the next field, a tag or an issue number. */
	private static final java.util.regex.Pattern FIELD_AFTER = java.util.regex.Pattern.compile("\\s+(?:[-–—]\\s|#)");
	private static final Set<String> FOR = Set.of("para", "pour", "for");

	/** How far ahead a weekday and a day of the month are looked for together (a little over a year). */
	private static final int LOOK_AHEAD_DAYS = 400;

	/** Values of the lexicon's class 'e' (EnglishWords, FrenchWords). */
	private static final int WEEKEND = 6;

	private static final int END_OF_WEEK = 7;

	private static final int END_OF_MONTH = 30;

	/** How far ahead a week number with no year is read as an ISO week (a quarter). */
	private static final int WEEK_NUMBER_REACH = 13;

	/** Plural weekdays ("Fridays", "los sábados") are read with this added to the weekday's number. */
	static final int PLURAL = 10;

	private ShortDayRules() {
	}

	/**
	 * "la semana 47", "in week 47", "semaine 47 de 2025": the ISO week of that number (Monday to Sunday), of the year
	 * written, else of the meeting's year unless it has ended by the meeting, else of the next; with no year written,
	 * only a week beginning within 13 weeks of the meeting ("Week 3" of a course in September is not January's). Not
	 * "semanas 3 y 4".
	 */
	static List<Resolved> weekNumber(Match m) {
		int number = m.first("n", 1).value();
		Token to = m.has(2) ? m.first("n", 2) : null;
		int last = to != null ? to.value() : number;
		if (number < 1 || last > 53 || last < number || m.first("U").word().endsWith("s") != (to != null)) {
			return List.of(); // "semanas 20 y 21" together, "semana 20" alone
		}
		Token year = m.first("Y");
		int y = year != null ? year.value() : m.reading.meeting.getYear();
		LocalDate monday = week(y, number);
		if (year == null && monday.plusDays(6).isBefore(m.reading.meeting)) {
			monday = week(y + 1, number);
		}
		if (year == null && monday.isAfter(m.reading.meeting.plusWeeks(WEEK_NUMBER_REACH))) {
			return List.of();
		}
		return Resolved.one(monday, monday.plusWeeks(last - number).plusDays(6), DatePrecision.WEEK);
	}

	/** "la semana del día 26", "the week of the 26th", "la semaine du 26": 7 days from that day of the coming month. */
	static List<Resolved> weekFromDay(Match m) {
		Token day = m.first("no", 1);
		if (Match.dayOf(day) < 0 || hour(m) || m.first("U").word().endsWith("s")) {
			return List.of();
		}
		LocalDate meeting = m.reading.meeting;
		LocalDate first = comingDay(meeting, day.value()).first();
		LocalDate thisMonth = first.minusMonths(1);
		if (thisMonth.getDayOfMonth() == day.value() && !thisMonth.isBefore(meeting.with(DayOfWeek.MONDAY))) {
			first = thisMonth; // "la semaine du 12" in minutes of Wednesday 13: the week that began yesterday
		}
		return new Resolved(first, first.plusDays(6), DatePrecision.WEEK, "date.month-guessed", -1, -1).list();
	}

	/** "los días 12 y 13", "les 12 et 13", "on the 12th and 13th": both days, of the coming month, flagged. */
	static List<Resolved> twoDaysAlone(Match m) {
		Token from = m.first("no", 1);
		Token to = m.first("no", 2);
		if (Match.dayOf(from) < 0 || Match.dayOf(to) <= Match.dayOf(from) || hour(m)) {
			return List.of();
		}
		LocalDate first = comingDay(m.reading.meeting, from.value()).first();
		LocalDate last = first.withDayOfMonth(Math.min(to.value(), first.lengthOfMonth()));
		return new Resolved(first, last, DatePrecision.DAY, "date.month-guessed", -1, -1).list();
	}

	private static LocalDate week(int year, int number) {
		return LocalDate.of(year, 1, 4).with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, number)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/**
	 * "Tuesday next week", "el viernes de la próxima semana", "mardi de la semaine prochaine", "Fridays; start next
	 * week" (the first of them): that weekday of the week named, Monday to Sunday.
	 */
	static List<Resolved> weekdayOfWeek(Match m) {
		int weekday = m.first("WA").value() % PLURAL;
		if (weekday < 1 || weekday > 7 || RelativeRules.plural(m)) {
			return List.of();
		}
		LocalDate monday = m.reading.meeting.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.plusWeeks(m.first("P") != null ? 1 : 0);
		return Resolved.day(monday.plusDays(weekday - 1L));
	}

	/**
	 * "el viernes 22", "sexta-feira, dia 15", "Friday the 22nd", "vendredi 15": the first day after the meeting that is
	 * that weekday and that day of the month; when none is near, the day's next occurrence, flagged.
	 */
	static List<Resolved> weekdayAndDay(Match m) {
		Token weekday = m.first("WA");
		int day = Match.dayOf(m.last("no"));
		if (day < 0 || weekday.value() > PLURAL || hour(m) || m.reading.lang.equals("en") && m.last("no").cls() == 'n' && m.to() < m.reading.tokens
			.size() && m.token(m.to()).cls() == 'x') {
			return List.of(); // "Monday 5 people": English writes "Monday 5th" or "Monday, 5 March"
		}
		LocalDate from = m.reading.meeting.plusDays(1);
		for (LocalDate d = from; d.isBefore(from.plusDays(LOOK_AHEAD_DAYS)); d = d.plusDays(1)) {
			if (d.getDayOfMonth() == day && d.getDayOfWeek().getValue() == weekday.value()) {
				return Resolved.day(d);
			}
		}
		return comingDay(m.reading.meeting, day).warn("date.weekday-mismatch").list();
	}

	/**
	 * "hasta el día 20", "até o dia 20", "para el próximo día 5", "by the 20th", "pour le 26": the day's next occurrence on or after the
	 * meeting, in the meeting's month or the next. Only after a limit word, "next" or "for": "el día 5" alone is as
	 * often a day just past.
	 */
	static List<Resolved> dayAlone(Match m) {
		Token day = m.last("no");
		if (Match.dayOf(day) < 0 || hour(m) || !Character.isDigit(day.word().charAt(0))) {
			return List.of();
		}
		Token unit = m.first("D");
		if (unit == null && m.token(m.from()).cls() == 'J' && !FOR.contains(m.token(m.from()).word())) {
			return List.of(); // "pour le 26", "para el 26", "for the 26th"; not "en el 26", "in the 26th"
		}
		if (unit != null && unit.word().endsWith("s")) {
			return List.of(); // "días 20": a count, or days listed without their month
		}
		if (unit == null && m.to() < m.reading.tokens.size() && m.token(m.to()).cls() == 'x') {
			return List.of(); // "by the 2nd reading", "hasta el 2º piso", "avant le 1er tour": a rank
		}
		return comingDay(m.reading.meeting, day.value()).warn("date.month-guessed").list();
	}

	/**
	 * "le 12 au plus tard", "el 12 a más tardar", "no dia 12 o mais tardar": a day alone made a limit by the words after
	 * it (the lexicon's deadline-after words, not any limit: "le 2 avant le 15" is not read here); after a plural
	 * article ("les 3 au plus tard", "los 3") a count.
	 */
	static List<Resolved> dayBeforeLimit(Match m) {
		if (m.to() >= m.reading.tokens.size() || m.token(m.from()).word().endsWith("s")
				|| !Lexicon.of(m.reading.lang).deadlineAfter().matcher(m.token(m.to()).word()).matches()) {
			return List.of();
		}
		return dayAlone(m);
	}

	/**
	 * "07-06 - visão geral chatbot", "Entrevista técnica - Lud - 30-06 #198": a day and month in two figures each joined
	 * by a hyphen, as a field of its line (opening it, or between dashes, before a tag or the line's end); day first.
	 * Not "10-12 people", "pages 12-14": elsewhere a hyphen between figures is a range.
	 */
	static List<Resolved> hyphenField(Match m) {
		Token day = m.token(m.from());
		Token month = m.token(m.to() - 1);
		String text = m.reading.text;
		if (day.digits() != 2 || month.digits() != 2 || month.start() != day.end() + 1
				|| day.value() < 1 || day.value() > 31 || month.value() < 1 || month.value() > 12) {
			return List.of();
		}
		int lineStart = text.lastIndexOf('\n', day.start() - 1) + 1;
		int lineEnd = text.indexOf('\n', month.end());
		String before = text.substring(lineStart, day.start());
		String after = text.substring(month.end(), lineEnd < 0 ? text.length() : lineEnd);
		boolean field = (before.isBlank() || FIELD_BEFORE.matcher(before).find())
				&& (after.isBlank() || FIELD_AFTER.matcher(after).lookingAt());
		return field ? m.reading.day(day.value(), month.value(), null).list() : List.of();
	}

	/**
	 * "le week-end du 6 avril", "the weekend of April 6", "el fin de semana del 6 de abril", "le week-end des 6 et 7
	 * avril": the Saturday and Sunday of that day (was this weekend and the day, or a week from the day).
	 */
	static List<Resolved> weekendOf(Match m) {
		Token end = m.first("e");
		int day = Match.dayOf(m.first("no", 1));
		if (end != null && end.value() != WEEKEND || day < 0) {
			return List.of();
		}
		LocalDate date = m.reading.day(day, m.first("Ma", 1).value(), m.reading.year(m, 1)).first();
		LocalDate saturday = date.getDayOfWeek() == DayOfWeek.SUNDAY ? date.minusDays(1)
				: date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
		return Resolved.one(saturday, saturday.plusDays(1), DatePrecision.WEEK);
	}

	/**
	 * "by the end of the week", "fin de semaine", "final da semana", "by the end of next week": the Friday of that week
	 * (the next one when the meeting is already at the week's end); "fin de semana", "fim de semana" (es, pt, no
	 * article): the weekend, Saturday and Sunday.
	 */
	static List<Resolved> endOfWeek(Match m) {
		boolean next = m.first("P") != null;
		LocalDate monday = m.reading.meeting.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.plusWeeks(next ? 1 : 0);
		boolean weekend = !m.reading.lang.equals("en") && !m.reading.lang.equals("fr") && m.first("t") == null
				&& m.all("d", 0).stream().noneMatch(d -> d.word().equals("da")) // "fim da semana": of the week
				&& m.first("E").word().startsWith("fi") && m.first("K") == null;
		if (!next && m.reading.meeting.getDayOfWeek().getValue() >= (weekend ? 6 : 5)) {
			monday = monday.plusWeeks(1);
		}
		if (weekend) {
			return Resolved.one(monday.plusDays(5), monday.plusDays(6), DatePrecision.WEEK);
		}
		return Resolved.day(monday.plusDays(4));
	}

	/**
	 * "EOW", "EOM", "EOY" and the weekend ("over the weekend", "next weekend", "le week-end prochain"): Friday, the
	 * month's and the year's last day as {@link #endOfWeek} and "end of month" read them; Saturday and Sunday.
	 */
	static List<Resolved> shortEnd(Match m) {
		Token end = m.first("e");
		LocalDate monday = m.reading.meeting.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.plusWeeks(m.first("P") != null ? 1 : 0);
		return switch (end.value()) {
			case WEEKEND -> Resolved.one(monday.plusDays(5), monday.plusDays(6), DatePrecision.WEEK);
			case END_OF_WEEK -> Resolved.day(m.first("P") == null && m.reading.meeting.getDayOfWeek().getValue() >= 5
					? monday.plusDays(11) : monday.plusDays(4));
			case END_OF_MONTH -> Resolved.day(m.reading.endOfMonth(0));
			default -> Resolved.day(LocalDate.of(m.reading.meeting.getYear(), 12, 31));
		};
	}

	/** Day {@code day} of the meeting's month if still to come (or the meeting day), else of the next month that has it. */
	private static Resolved comingDay(LocalDate meeting, int day) {
		LocalDate month = meeting.withDayOfMonth(1);
		if (day < meeting.getDayOfMonth()) {
			month = month.plusMonths(1);
		}
		while (day > month.lengthOfMonth()) {
			month = month.plusMonths(1);
		}
		LocalDate date = month.withDayOfMonth(day);
		return new Resolved(date, date, DatePrecision.DAY, null, -1, -1);
	}

	/** The number is followed by an hour word or by minutes ("15 h", "10:30", "10.30", "10 am"). */
	private static boolean hour(Match m) {
		if (m.to() >= m.reading.tokens.size()) {
			return false;
		}
		Token next = m.token(m.to());
		boolean minutes = m.to() + 1 < m.reading.tokens.size() && m.token(m.to() + 1).cls() == 'n'
				&& m.token(m.to() + 1).tight(); // "15:30", "15.30"; not "pour le 26 : tableaux"
		return (next.cls() == ':' || next.cls() == '.') && minutes || HOURS.contains(next.word());
	}
}

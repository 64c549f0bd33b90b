package org.puente.minutes.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import org.puente.i18n.DatePrecision;

/**
 * Resolver of the feasts minutes name instead of a date: fixed ones (class h of the lexicon, its value the month and
 * day: "Navidad" 1225, "la Toussaint" 1101, "Ano Novo" 101) and those counted from Easter Sunday (class k, its value
 * the days from it: "Viernes Santo" -2, "Pâques" 0, "Ascension" 39, "Pentecôte" 49, "Corpus Christi" 60). Each is read
 * in the year written ("Pâques 2025"), else as a day and month without a year are ({@link Reading#yearly}): its next
 * occurrence, or one a few weeks past. A weekday with it names that day of the feast's week ("lunes de Pascua", "jeudi
 * de l'Ascension", "Easter Monday"). Names and things named after a feast are no date: "Jean-Noël", "David Toussaint",
 * "the Good Friday Agreement", "PyLadies Natal", "Arbre de Noël", "the Christmas party".
 */
final class Feasts {

	/** Class k's value for Holy Week ("Semana Santa", "semaine sainte"): Monday to Easter Sunday, a week as the tagger reads weeks. */
	static final int HOLY_WEEK = 100;

	/** Class k's value for Carnival ("Carnaval"): its Saturday to Shrove Tuesday, the days before Ash Wednesday. */
	static final int CARNIVAL = 200;

	/** Feasts whose word is also a place: "Natal" (Brazil) is Christmas only after an article, "o Natal", "no Natal". */
	private static final Set<String> PLACE_TOO = Set.of("natal");

	private static final Set<String> ARTICLES = Set.of("o", "no", "do", "ao", "pelo");

	/** Words before "de" that make the feast a time, not a thing's name: "después de Pascua", "o feriado de Corpus Christi". */
	private static final Set<String> AFTER = Set.of("despues", "depois", "luego", "cerca", "alrededor", "perto", "feriado",
			"festivo", "ferie");

	private Feasts() {
	}

	static List<Resolved> feast(Match m) {
		Token feast = m.first("hk");
		if (named(m) || PLACE_TOO.contains(feast.word()) && (m.before() == null || !ARTICLES.contains(m.before().word()))) {
			return List.of();
		}
		Integer year = m.reading.year(m, 0);
		int value = feast.value();
		int from = value == HOLY_WEEK ? -6 : value == CARNIVAL ? -50 : value;
		Resolved day = feast.cls() == 'h' ? m.reading.day(value % 100, value / 100, year)
				: m.reading.yearly(y -> easter(y).plusDays(from), year);
		Token weekday = m.first("WA");
		if (weekday != null) {
			if (weekday.value() > 7) {
				return List.of(); // "los jueves de Semana Santa": every Thursday of it
			}
			LocalDate that = day.first().with(TemporalAdjusters.nextOrSame(DayOfWeek.of(weekday.value())));
			return new Resolved(that, that, DatePrecision.DAY, day.warning(), -1, -1).list();
		}
		int days = value == HOLY_WEEK ? 6 : value == CARNIVAL ? 3 : 0;
		return new Resolved(day.first(), day.first().plusDays(days), value == HOLY_WEEK ? DatePrecision.WEEK
				: DatePrecision.DAY, day.warning(), -1, -1).list();
	}

	/**
	 * Easter Sunday of a year of the Gregorian calendar, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher, J.
	 * Meeus, "Astronomical Algorithms", ch. 8). ICU4J, already a dependency, has {@code EasterHoliday}, but its
	 * Holiday framework is still draft API, works on {@code java.util.Date} in the JVM's default time zone and locks
	 * one shared calendar: these few lines are the well-known algorithm, held to published dates by FeastsTests.
	 */
	static LocalDate easter(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - b / 4 - g + 15) % 30;
		int l = (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int monthAndDay = h + l - 7 * m + 114;
		return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
	}

	/**
	 * The feast's word is part of a name or of a thing's name: a capitalised word before it that does not open its line
	 * ("David Toussaint", "SÉGURA Noël", "COMISIÓN CARNAVAL"), a hyphen tight before it ("Jean-Noël"), a capitalised
	 * word right after it ("Good Friday Agreement", "Noël Dupont", "Carnaval Overa"); a thing named after it, a word
	 * and "de" before it ("Arbre de Noël", "fiesta de Carnaval", "vacaciones de Navidad"; not "después de Pascua") or,
	 * in English, an article before it and a word after it ("the Christmas party", "the Easter holiday").
	 */
	private static boolean named(Match m) {
		Token before = m.before();
		Token after = m.to() < m.reading.tokens.size() ? m.token(m.to()) : null;
		if (before != null && before.cls() == 'd' && m.from() >= 2 && m.token(m.from() - 2).cls() == 'x'
				&& !AFTER.contains(m.token(m.from() - 2).word())
				|| m.reading.lang.equals("en") && before != null && before.cls() == 't' && after != null && after.cls() == 'x') {
			return true;
		}
		if (before != null && before.cls() == '-' && before.tight() && m.token(m.from()).tight()) {
			return true;
		}
		if (before != null && before.cls() == 'x' && capitalised(m, before)) {
			int lineStart = m.reading.text.lastIndexOf('\n', before.start() - 1) + 1;
			if (!m.reading.text.substring(lineStart, before.start()).isBlank()) {
				return true;
			}
		}
		return after != null && after.cls() == 'x' && capitalised(m, after);
	}

	private static boolean capitalised(Match m, Token token) {
		return Character.isUpperCase(m.reading.text.charAt(token.start()));
	}
}

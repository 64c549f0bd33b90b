package org.puente.i18n;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Puente's one rule for a deadline day: "until 15 March" takes what arrives until that day has ended everywhere on
 * Earth — 23:59 in UTC−12, the last zone where a day ends ("anywhere on Earth", as intergovernmental calls put it),
 * so no country loses part of its last day. Consultations, nomination rounds and amendment rounds read which day it
 * is through here, and pages and mails show the hour and the zone next to the day: "15 mar 2018, 23:59 (UTC−12)".
 */
public final class Deadline {

	/** UTC−12 (the POSIX name's sign is reversed: Etc/GMT+12 is twelve hours behind UTC). */
	public static final ZoneId ZONE = ZoneId.of("Etc/GMT+12");

	/** The zone as pages and mails name it. */
	public static final String ZONE_NAME = "UTC−12";

	private static final LocalTime LAST_MINUTE = LocalTime.of(23, 59);

	private Deadline() {
	}

	/** Which day it is, for a deadline, at {@code at}: the day in {@link #ZONE}. */
	public static LocalDate today(Instant at) {
		return at.atZone(ZONE).toLocalDate();
	}

	/** Which day it is, for a deadline, by the application's clock (whatever zone the clock is set in). */
	public static LocalDate today(Clock clock) {
		return today(clock.instant());
	}

	/** Whether {@code day} is over everywhere at {@code at}: what arrives now is late. */
	public static boolean isOver(LocalDate day, Instant at) {
		return today(at).isAfter(day);
	}

	/** The first instant after the deadline day: midnight that ends it in UTC−12. */
	public static Instant closesAt(LocalDate day) {
		return day.plusDays(1).atStartOfDay(ZONE).toInstant();
	}

	/** The deadline day that ends at {@code closesAt}. */
	public static LocalDate lastDay(Instant closesAt) {
		return closesAt.minusSeconds(1).atZone(ZONE).toLocalDate();
	}

	/** "15 mar 2018, 23:59 (UTC−12)": tables and lists. */
	public static String shown(LocalDate day, Locale locale) {
		return DateFormats.day(day, locale) + ending(locale);
	}

	/** "15 de marzo de 2018, 23:59 (UTC−12)": sentences and mail. */
	public static String shownLong(LocalDate day, Locale locale) {
		return DateFormats.longDay(day, locale) + ending(locale);
	}

	private static String ending(Locale locale) {
		return ", " + DateFormats.time(LAST_MINUTE, locale) + " (" + ZONE_NAME + ")";
	}
}

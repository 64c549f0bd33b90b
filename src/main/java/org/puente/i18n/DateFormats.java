package org.puente.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Dates and times as each language writes them, from the JDK's CLDR data: "8 jun 2017" and "15:04" in Spanish,
 * "Jun 8, 2017" and "3:04 PM" in English. Templates use it as {@code @dates}; instants on pages are shown in the
 * reader's zone ({@link ReaderZone#shown()}, as meetings are), named when the reader's zone is not known (then it is
 * the server's: "16:07 (UTC)" read in Panama was five hours off, walk 13 #10). The static methods keep the server's
 * zone: mails and exports are read elsewhere than in the request that makes them. Days without a time are not moved.
 */
@Component("dates")
public class DateFormats {

	/** "8 jun 2017": tables and lists. */
	public static String day(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
	}

	/** "8 de junio de 2017": sentences and mail. */
	public static String longDay(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

	/** "15:04" where the 24-hour clock is usual, "3:04 PM" where it is not. */
	public static String time(LocalTime time, Locale locale) {
		return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
	}

	/** "8 jun 2017, 15:04". */
	public static String moment(LocalDateTime at, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).format(at);
	}

	public static String moment(Instant at, Locale locale) {
		return moment(LocalDateTime.ofInstant(at, ZoneId.systemDefault()), locale);
	}

	/**
	 * A moment as the reader of the current page reads it: in their zone, "5 dic 2026, 11:07"; with the server's zone
	 * named when theirs is not known, "5 dic 2026, 16:07 (UTC)". For pages only (see the class comment).
	 */
	public static String forReader(Instant at, Locale locale) {
		String shown = moment(LocalDateTime.ofInstant(at, ReaderZone.shown()), locale);
		return ReaderZone.unknown() ? shown + " (" + zoneName() + ")" : shown;
	}

	/** The template helper: any date or time the pages hold, or "—" when there is none. */
	public String format(@Nullable Object value, Locale locale) {
		if (value instanceof LocalDate d) {
			return day(d, locale);
		}
		if (value instanceof LocalDateTime t) {
			return moment(t, locale);
		}
		Instant instant = instant(value);
		if (instant != null) {
			return forReader(instant, locale);
		}
		if (value instanceof LocalTime t) {
			return time(t, locale);
		}
		return value == null ? "—" : value.toString();
	}

	private static @Nullable Instant instant(@Nullable Object value) {
		if (value instanceof Instant i) {
			return i;
		}
		if (value instanceof java.time.OffsetDateTime o) {
			return o.toInstant();
		}
		if (value instanceof java.sql.Timestamp ts) {
			return ts.toInstant();
		}
		return null;
	}

	/** Only the time of day of an instant or a date-time: "15:04" (the page already says which day). */
	public String clock(@Nullable Object value, Locale locale) {
		if (value instanceof Instant i) {
			return time(LocalDateTime.ofInstant(i, ZoneId.systemDefault()).toLocalTime(), locale);
		}
		if (value instanceof LocalDateTime t) {
			return time(t.toLocalTime(), locale);
		}
		return format(value, locale);
	}

	/**
	 * The time of day with the zone it is told in: "14:32 (UTC)". What a page shows until its script writes the time
	 * in the reader's zone ({@code <time data-local-time>}, puente.js), and all it shows without scripts: an unlabelled
	 * server time read as the reader's was five hours off in Panama (walk 8 #16, left for the no-script case).
	 */
	public String clockZoned(@Nullable Object value, Locale locale) {
		String shown = clock(value, locale);
		return value == null ? shown : shown + " (" + zoneName() + ")";
	}

	/**
	 * A moment with the time zone it is shown in, as meetings write theirs: "4 dic 2026, 9:37 (UTC)". For pages
	 * whose times are read far from the server (the outbox's mails are sent to every region).
	 */
	public String zoned(@Nullable Object value, Locale locale) {
		Instant instant = instant(value);
		if (instant != null) { // in the reader's zone, always named (forReader names only the server's)
			ZoneId zone = ReaderZone.shown();
			// named in the reader's words, as meetings name theirs ("hora de Buenos Aires, UTC−3"), not by its
			// identifier ("America/Argentina/Buenos_Aires", walk18: a consultation's closing)
			String name = ReaderZone.unknown() ? zoneName() : ZoneNames.label(zone, instant, locale);
			return moment(LocalDateTime.ofInstant(instant, zone), locale) + " (" + name + ")";
		}
		String shown = format(value, locale);
		return value == null ? shown : shown + " (" + zoneName() + ")";
	}

	/** The server's time zone by its name, "UTC" however the system spells it (Etc/UTC, Z, GMT). */
	public static String zoneName() {
		ZoneId zone = ZoneId.systemDefault();
		return zone.getRules().isFixedOffset() && zone.getRules().getOffset(Instant.EPOCH).getTotalSeconds() == 0
				? "UTC" : zone.getId();
	}

	/** A deadline day with the minute and zone it ends in ({@link Deadline}): "15 mar 2018, 23:59 (UTC−12)". */
	public String deadline(@Nullable LocalDate day, Locale locale) {
		return day == null ? "—" : Deadline.shown(day, locale);
	}

	/** The same in a sentence: "15 de marzo de 2018, 23:59 (UTC−12)". */
	public String deadlineLong(@Nullable LocalDate day, Locale locale) {
		return day == null ? "—" : Deadline.shownLong(day, locale);
	}

	public String full(@Nullable LocalDate date, Locale locale) {
		return date == null ? "—" : longDay(date, locale);
	}

	/** A {@code datetime} attribute: ISO 8601 with at most milliseconds, as HTML allows. */
	public @Nullable String iso(@Nullable Object value) {
		if (value instanceof Instant i) {
			return i.truncatedTo(ChronoUnit.MILLIS).toString();
		}
		if (value instanceof java.sql.Timestamp ts) {
			return ts.toInstant().truncatedTo(ChronoUnit.MILLIS).toString();
		}
		if (value instanceof java.time.OffsetDateTime o) {
			return o.toInstant().truncatedTo(ChronoUnit.MILLIS).toString();
		}
		if (value instanceof java.time.ZonedDateTime z) {
			return z.toInstant().truncatedTo(ChronoUnit.MILLIS).toString();
		}
		if (value instanceof LocalDateTime t) {
			return t.truncatedTo(ChronoUnit.MILLIS).toString();
		}
		return value instanceof Temporal ? value.toString() : null;
	}
}

package org.puente.meetings;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;
import org.puente.i18n.DateFormats;
import org.puente.i18n.DatePrecision;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;

/**
 * When a meeting happens, as precisely as it is known. Start and end days are always set (the whole week or month
 * when only that is known), so lists and feeds can sort and span without caring about precision. Kept in the
 * meeting's own columns.
 */
@Embeddable
record MeetingDates(@Enumerated(EnumType.STRING) DatePrecision precision, LocalDate startDate, LocalDate endDate, @Nullable LocalDateTime startsAt,
		@Nullable LocalDateTime endsAt, @Nullable String timeZone) {

	/** Copied once: {@link ZoneId#getAvailableZoneIds()} builds a new set on every call. */
	private static final java.util.Set<String> ZONE_IDS = java.util.Set.copyOf(ZoneId.getAvailableZoneIds());

	static MeetingDates exact(LocalDateTime start, LocalDateTime end, String timeZone) {
		ZoneId zone = zone(timeZone);
		if (!end.isAfter(start)) {
			throw refused("meetings.dates.endBeforeStart");
		}
		return new MeetingDates(DatePrecision.EXACT, start.toLocalDate(), end.toLocalDate(), start, end, zone.getId());
	}

	static MeetingDates days(LocalDate start, @Nullable LocalDate end) {
		LocalDate last = end == null ? start : end;
		if (last.isBefore(start)) {
			throw refused("meetings.dates.endBeforeStart");
		}
		return new MeetingDates(DatePrecision.DAY, start, last, null, null, null);
	}

	/** The ISO week (Monday to Sunday) holding the given day. */
	static MeetingDates week(LocalDate anyDay) {
		LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		return new MeetingDates(DatePrecision.WEEK, monday, monday.plusDays(6), null, null, null);
	}

	static MeetingDates month(YearMonth month) {
		return new MeetingDates(DatePrecision.MONTH, month.atDay(1), month.atEndOfMonth(), null, null, null);
	}

	/** Only region ids from the IANA database: an offset such as "-05:00" says nothing about daylight saving. */
	static ZoneId zone(@Nullable String id) {
		if (id == null || id.isBlank() || !ZONE_IDS.contains(id.strip())) {
			throw refused("meetings.dates.unknownTimeZone");
		}
		try {
			return ZoneId.of(id.strip());
		}
		catch (DateTimeException ex) {
			throw refused("meetings.dates.unknownTimeZone");
		}
	}

	static boolean isKnownZone(String id) {
		return ZONE_IDS.contains(id);
	}

	boolean isTimed() {
		return precision == DatePrecision.EXACT;
	}

	/** Whether the day is only approximately known (week or month). */
	boolean isApproximate() {
		return precision == DatePrecision.WEEK || precision == DatePrecision.MONTH;
	}

	@Nullable ZonedDateTime zonedStart() {
		return startsAt == null ? null : startsAt.atZone(zoneOrServer(timeZone));
	}

	@Nullable ZonedDateTime zonedEnd() {
		return endsAt == null ? null : endsAt.atZone(zoneOrServer(timeZone));
	}

	/**
	 * The zone a meeting's times are read in: its own, or — for times stored without one (older rows, imports) —
	 * the server's, the one the secretariats schedule in and the pages show instants in ({@link DateFormats}).
	 */
	static ZoneId zoneOrServer(@Nullable String timeZone) {
		return timeZone == null || !ZONE_IDS.contains(timeZone.strip()) ? ZoneId.systemDefault()
				: ZoneId.of(timeZone.strip());
	}

	/** The zone's name as pages and mails print it next to a time: never "null". */
	static String zoneShown(@Nullable String timeZone) {
		return timeZone == null || !ZONE_IDS.contains(timeZone.strip()) ? DateFormats.zoneName() : timeZone.strip();
	}

	private static RefusedException refused(String key) {
		return new RefusedException(RefusalKind.INVALID, key);
	}
}

package org.puente.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.DatePrecision;
import org.puente.i18n.ZoneNames;

/**
 * Writes a meeting's dates by their precision. The word order differs by language ("8 de junio de 2017", "8 June
 * 2017", "semaine du 4 décembre 2017"), so each of the four languages has its own small set of patterns here;
 * month names come from the JDK's CLDR data.
 */
final class MeetingWhen {

	private static final java.util.Map<String, DateTimeFormatter> FORMATTERS = new java.util.concurrent.ConcurrentHashMap<>();

	private MeetingWhen() {
	}

	private static DateTimeFormatter formatter(String pattern, String lang) {
		return FORMATTERS.computeIfAbsent(pattern + "|" + lang, k -> DateTimeFormatter.ofPattern(pattern,
				Locale.forLanguageTag(lang)));
	}

	static String describe(DatePrecision precision, LocalDate start, LocalDate end, @Nullable LocalDateTime startsAt,
			@Nullable LocalDateTime endsAt, @Nullable String timeZone, Locale locale) {
		return describe(precision, start, end, startsAt, endsAt, timeZone, null, locale);
	}

	/**
	 * The same, with a timed meeting's times also where the reader is: "10 de marzo de 2027, 11:30–19:00 (hora de
	 * Buenos Aires, UTC−3); 09:30–17:00 (hora de Panamá, UTC−5)" — the reader's first, the meeting's own beside
	 * (walk 10 #7). A reader in the meeting's zone, or of unknown zone, reads only the meeting's.
	 */
	static String describe(DatePrecision precision, LocalDate start, LocalDate end, @Nullable LocalDateTime startsAt,
			@Nullable LocalDateTime endsAt, @Nullable String timeZone, @Nullable ZoneId reader, Locale locale) {
		String lang = language(locale);
		return switch (precision) {
			case MONTH, QUARTER, HALF, YEAR -> formatter(romance(lang) ? "MMMM 'de' yyyy" : "MMMM yyyy", lang).format(start);
			case WEEK -> switch (lang) {
				case "en" -> "week of " + day(start, lang);
				case "pt" -> "semana de " + day(start, lang);
				case "fr" -> "semaine du " + day(start, lang);
				default -> "semana del " + day(start, lang);
			};
			case EXACT -> startsAt == null || endsAt == null ? range(start, end, lang)
					: zoned(startsAt, endsAt, timeZone, reader, locale);
			case DAY -> range(start, end, lang);
		};
	}

	private static String zoned(LocalDateTime startsAt, LocalDateTime endsAt, @Nullable String timeZone,
			@Nullable ZoneId reader, Locale locale) {
		String lang = language(locale);
		ZoneId own = MeetingDates.zoneOrServer(timeZone); // a time without a zone is the server's
		ZonedDateTime from = startsAt.atZone(own);
		ZonedDateTime to = endsAt.atZone(own);
		String ownText = timed(startsAt.toLocalDate(), endsAt.toLocalDate(), startsAt, endsAt, lang);
		if (reader == null || sameClock(own, reader, from, to)) {
			return ownText + " (" + zoneLabel(timeZone, own, from, locale) + ")";
		}
		LocalDateTime readerFrom = from.withZoneSameInstant(reader).toLocalDateTime();
		LocalDateTime readerTo = to.withZoneSameInstant(reader).toLocalDateTime();
		boolean sameDays = readerFrom.toLocalDate().equals(startsAt.toLocalDate())
				&& readerTo.toLocalDate().equals(endsAt.toLocalDate());
		// on the same days the meeting's own times need no date again
		String ownShort = !sameDays ? ownText : startsAt.toLocalDate().equals(endsAt.toLocalDate())
				? time(startsAt) + "–" + time(endsAt) : time(startsAt) + " – " + time(endsAt);
		return timed(readerFrom.toLocalDate(), readerTo.toLocalDate(), readerFrom, readerTo, lang) + " ("
				+ ZoneNames.label(reader, from.toInstant(), locale) + "); " + ownShort + " ("
				+ zoneLabel(timeZone, own, from, locale) + ")";
	}

	/** Whether both zones keep the same offset at the start and the end (Panama and Bogotá): one time is enough. */
	private static boolean sameClock(ZoneId own, ZoneId reader, ZonedDateTime from, ZonedDateTime to) {
		return own.getRules().getOffset(from.toInstant()).equals(reader.getRules().getOffset(from.toInstant()))
				&& own.getRules().getOffset(to.toInstant()).equals(reader.getRules().getOffset(to.toInstant()));
	}

	/** "hora de Panamá, UTC−5"; a time stored without a zone keeps the server's zone as it was printed ("UTC"). */
	private static String zoneLabel(@Nullable String timeZone, ZoneId own, ZonedDateTime at, Locale locale) {
		if (ZoneNames.known(timeZone) == null) {
			return MeetingDates.zoneShown(timeZone);
		}
		return ZoneNames.label(own, at.toInstant(), locale);
	}

	/**
	 * A timed meeting runs without a break from its start to its end (so its .ics says): over several days each end
	 * keeps its own time, since "12–14 March, 09:00–13:00" reads as four hours a day.
	 */
	private static String timed(LocalDate start, LocalDate end, LocalDateTime startsAt, LocalDateTime endsAt,
			String lang) {
		if (start.equals(end)) {
			return day(start, lang) + ", " + time(startsAt) + "–" + time(endsAt);
		}
		return day(start, lang) + ", " + time(startsAt) + " – " + day(end, lang) + ", " + time(endsAt);
	}

	private static String range(LocalDate start, LocalDate end, String lang) {
		if (start.equals(end)) {
			return day(start, lang);
		}
		if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
			return start.getDayOfMonth() + "–" + day(end, lang);
		}
		return day(start, lang) + " – " + day(end, lang);
	}

	static String day(LocalDate date, String lang) {
		String pattern = romance(lang) && !lang.equals("fr") ? "d 'de' MMMM 'de' yyyy" : "d MMMM yyyy";
		return formatter(pattern, lang).format(date);
	}

	private static String time(LocalDateTime t) {
		return DateTimeFormatter.ofPattern("HH:mm").format(t);
	}

	private static boolean romance(String lang) {
		return !lang.equals("en") && !lang.equals("fr");
	}

	private static String language(Locale locale) {
		return switch (locale.getLanguage()) {
			case "en", "pt", "fr" -> locale.getLanguage();
			default -> "es";
		};
	}
}

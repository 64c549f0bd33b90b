package org.puente.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.DatePrecision;

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
					: timed(start, end, startsAt, endsAt, lang) + " (" + MeetingDates.zoneShown(timeZone) + ")"; // a time without a zone is the server's
			case DAY -> range(start, end, lang);
		};
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

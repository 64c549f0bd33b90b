package org.puente.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.directory.Conference;
import org.puente.i18n.DatePrecision;
import org.puente.i18n.Language;
import org.puente.i18n.ReaderZone;

/**
 * A meeting as other capabilities see it (agreements, the portal). Its title may be written in any of the four
 * languages, {@code language} being the one it was first written in (a French secretariat's, walk 10 #2). {@link #when(Locale)} writes the dates as
 * precisely as they are known, in the reader's language.
 */
public record MeetingSummary(UUID id, String titleEs, @Nullable String titleEn, @Nullable String titlePt,
		@Nullable String titleFr, MeetingKind kind, Set<Conference> processes, MeetingStatus status, DatePrecision precision,
		LocalDate startDate, LocalDate endDate, @Nullable LocalDateTime startsAt, @Nullable LocalDateTime endsAt,
		@Nullable String timeZone, @Nullable String city, @Nullable String countryIso2, MeetingVisibility visibility,
		int sequence, String language) {

	/** The title in the reader's language when it was translated, else as first written ({@link #language()}). */
	public String title(Locale locale) {
		return titles().title(locale);
	}

	/** The language code of {@link #title(Locale)}: the reader's when translated, else {@link #language()}. */
	public String titleLanguageShown(Locale locale) {
		return titles().shownLanguage(locale);
	}

	/** The title in the language it was first written in: audit lines. */
	public String originalTitle() {
		return title(Locale.forLanguageTag(language));
	}

	/**
	 * The language code of {@link #title(Locale)} when it is not the reader's (a title written only in Spanish on an
	 * English page), else null: pages mark it {@code lang} so that a screen reader reads it in its own language.
	 */
	public @Nullable String titleLanguage(Locale locale) {
		String shown = titleLanguageShown(locale);
		return shown.equals(Language.of(locale).code()) ? null : shown;
	}

	/**
	 * "Title (dates)" for an {@code <option>}, which holds text only: a title not in the reader's language comes with
	 * its dates written in the title's language too, so that the option is in one language, marked on the option
	 * itself ({@link #titleLanguage(Locale)}) — WCAG 3.1.2 without a span that an option cannot hold.
	 */
	public String option(Locale locale) {
		return title(locale) + " (" + when(Locale.forLanguageTag(titleLanguageShown(locale))) + ")";
	}

	/** Its titles by language, as other capabilities keep them for each reader. */
	public MeetingTitles titles() {
		return MeetingTitles.of(titleEs, titleEn, titlePt, titleFr, language);
	}

	/**
	 * "8 de junio de 2017", "noviembre de 2017", "semana del 4 de diciembre de 2017" …; a timed meeting also in the
	 * zone of the page's reader ({@link ReaderZone}).
	 */
	public String when(Locale locale) {
		return when(locale, ReaderZone.current());
	}

	/** The same for a reader elsewhere than the current request (a mail's recipient), or for none (feeds). */
	public String when(Locale locale, @Nullable ZoneId reader) {
		return MeetingWhen.describe(precision, startDate, endDate, startsAt, endsAt, timeZone, reader, locale);
	}

	/**
	 * The status as a reader should see it: once its dates have passed, a meeting was held (confirmed, or marked held)
	 * or not held (still to be confirmed, or postponed), never "to be confirmed". Key suffix of
	 * {@code meetings.status.*}.
	 *
	 * @param today the day of the reading (the application's clock)
	 */
	public String shownStatus(LocalDate today) {
		if (!endDate.isBefore(today) || status == MeetingStatus.HELD || status == MeetingStatus.CANCELLED) {
			return status.name();
		}
		return status == MeetingStatus.CONFIRMED ? MeetingStatus.HELD.name() : "NOT_HELD";
	}

	/** Whether its dates have passed on {@code today}. */
	public boolean isPast(LocalDate today) {
		return endDate.isBefore(today);
	}

	public boolean isJoint() {
		return processes.size() > 1;
	}
}

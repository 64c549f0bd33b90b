package org.puente.agreements;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.Language;
import org.puente.i18n.MultilingualText;
import org.puente.meetings.MeetingTitles;
import org.puente.meetings.Meetings;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The title a reader reads for the meeting some minutes belong to (walk 13 #8). Minutes of a calendar meeting keep a
 * copy of its title in the uploader's language; pages read the calendar's, in the reader's language, falling back as
 * the calendar does (then marked with its {@code lang}). A title typed for minutes of no calendar meeting, or of one
 * since deleted, is read as it was typed, in its own language. Asked once per page with all of its minutes (one
 * query, through the calendar's public door, never its tables).
 */
@Component
class MeetingTitleShown {

	/** The API's words for the three (springdoc): agreements' and reviews' JSON carry the same. */
	static final String API_TITLE = "The meeting's title in the language of Accept-Language when the calendar meeting"
			+ " has one in it, else in the language the calendar falls back to (meetingTitleLanguage); a title typed for"
			+ " minutes of no calendar meeting as it was typed";

	static final String API_TITLE_LANGUAGE = "The language of meetingTitle (es, en, pt or fr); null when unknown (minutes"
			+ " kept before it was recorded)";

	static final String API_TITLES = "The meeting's titles by language code: every title of a calendar meeting, or the"
			+ " typed title under its language; empty when that language is unknown";

	/**
	 * A meeting's title as one reader reads it, with its language (null when unknown: minutes kept before it was
	 * recorded), and the titles it has by language ({@code titles}, for the API; empty when unknown).
	 */
	record Shown(String title, @Nullable String language, Map<String, String> titles) {

		/** The title in another reader's language (a mail's recipient), else in the one shown. */
		String in(Locale locale) {
			return MeetingTitleShown.in(titles, title, language, locale);
		}
	}

	private final Meetings meetings;

	MeetingTitleShown(Meetings meetings) {
		this.meetings = meetings;
	}

	/** One meeting's title for the current reader. */
	Shown of(MeetingFacts meeting) {
		return forAll(java.util.List.of(meeting)).apply(meeting);
	}

	/** The titles of all these meetings for the current reader, the calendar asked once. */
	Function<MeetingFacts, Shown> forAll(Collection<MeetingFacts> facts) {
		return forAll(facts, reader());
	}

	/** The titles of all these meetings for a reader of {@code locale} (null: none), the calendar asked once. */
	Function<MeetingFacts, Shown> forAll(Collection<MeetingFacts> facts, @Nullable Locale reader) {
		Map<UUID, MeetingTitles> calendar = meetings.titles(facts.stream().map(MeetingFacts::id)
			.filter(Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
		return f -> shown(f, f.id() == null ? null : calendar.get(f.id()), reader);
	}

	static Shown shown(MeetingFacts facts, @Nullable MeetingTitles calendar, @Nullable Locale reader) {
		if (calendar == null) {
			Map<String, String> typed = facts.titleLanguage() == null ? Map.of()
					: Map.of(facts.titleLanguage(), facts.title());
			return new Shown(facts.title(), facts.titleLanguage(), typed);
		}
		// no reader (a mail being built, the search index): the language the title was first written in
		Locale locale = reader != null ? reader : Locale.forLanguageTag(calendar.language());
		return new Shown(calendar.title(locale), calendar.shownLanguage(locale), calendar.byLanguage());
	}

	/** Of {@code titles} the one in {@code locale}'s language, else the one in {@code language}, else {@code title}. */
	static String in(Map<String, String> titles, String title, @Nullable String language, Locale locale) {
		String picked = MultilingualText.pick(titles, Language.of(locale).code(), language == null ? "" : language);
		return picked.isEmpty() ? title : picked;
	}

	/** The reader of the current request, or null outside one (scheduled work, mails). */
	private static @Nullable Locale reader() {
		return LocaleContextHolder.getLocaleContext() == null ? null : LocaleContextHolder.getLocale();
	}
}

package org.puente.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.puente.directory.Conference;

/**
 * An official agreement as other capabilities, the pages and the API see it.
 *
 * @param minutesId the confirmed review the agreement came from: one set of minutes of one meeting
 * @param meetingId the meetings capability's id, when the minutes were attached to a calendar meeting
 * @param overdue the due date has passed and the agreement is neither done nor cancelled
 * @param language the language of {@code text} and {@code theme}: the minutes' (a code of i18n.Language)
 * @param meetingTitle the meeting's title for the reader of the request: a calendar meeting's in their language
 *        (falling back as the calendar does), a typed title as typed; outside a request, as first written
 * @param meetingTitleLanguage the language of {@code meetingTitle}, which is not the minutes' (null when unknown)
 * @param meetingTitles the meeting's titles by language code: a calendar meeting's every title, a typed title in its
 *        language (empty when that is unknown)
 */
public record AgreementSummary(UUID id, UUID minutesId, @Nullable UUID meetingId,
		@Schema(description = MeetingTitleShown.API_TITLE) String meetingTitle,
		LocalDate meetingDate, List<Conference> processes, String number, @Nullable String theme, String text,
		AgreementStatus status, boolean overdue, @Nullable LocalDate dueDate, @Nullable String duePrecision,
		List<PartyReference> responsible, List<PartyReference> mentioned, List<DateMention> dates,
		List<Progress> progress, long version, String language,
		@Schema(description = MeetingTitleShown.API_TITLE_LANGUAGE) @Nullable String meetingTitleLanguage,
		@Schema(description = MeetingTitleShown.API_TITLES) Map<String, String> meetingTitles) {

	/**
	 * The same agreement with its parties named by {@code named}: for the API's caller, the directory's names in the
	 * caller's language (the labels stored at confirmation are the reviewer's, Spanish in the demo: "OIM", "Panamá"
	 * to an English script, walk18), a party the minutes named outside the directory as written.
	 */
	AgreementSummary withParties(java.util.function.UnaryOperator<PartyReference> named) {
		return new AgreementSummary(id, minutesId, meetingId, meetingTitle, meetingDate, processes, number, theme, text,
				status, overdue, dueDate, duePrecision, responsible.stream().map(named).toList(),
				mentioned.stream().map(named).toList(), dates, progress, version, language, meetingTitleLanguage,
				meetingTitles);
	}

	/** The meeting's title for another reader than the request's (a mail's recipient). */
	public String meetingTitle(Locale locale) {
		return MeetingTitleShown.in(meetingTitles, meetingTitle, meetingTitleLanguage, locale);
	}

	/**
	 * A progress note, with the status change it reported if any.
	 *
	 * @param note the note's text: a person's as typed, Puente's own in the reader's language
	 * @param noteLanguage the language of {@code note} (a code of i18n.Language); null when unknown
	 * @param byPuente the note is Puente's own (a new version of the minutes dropped or restored the agreement)
	 */
	public record Progress(String note, @Nullable String noteLanguage, boolean byPuente, @Nullable String evidenceUrl, @Nullable AgreementStatus statusFrom,
			@Nullable AgreementStatus statusTo, String author, Instant at) {
	}

	public boolean isResponsible(String entityId) {
		return responsible.stream().anyMatch(p -> p.id().equals(entityId));
	}
}

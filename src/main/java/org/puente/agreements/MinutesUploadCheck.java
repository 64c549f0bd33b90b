package org.puente.agreements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.directory.Conference;
import org.puente.i18n.Language;
import org.puente.meetings.MeetingSummary;
import org.puente.meetings.Meetings;
import org.puente.web.Mistake;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * What an upload of minutes for review must say before the file is read: the file, the meeting (picked in the
 * calendar, or a title and date typed), at least one conference. The form and the API check it alike, so a script
 * is refused what a person is, each mistake on its field.
 */
@Component
class MinutesUploadCheck {

	private final Meetings meetings;

	MinutesUploadCheck(Meetings meetings) {
		this.meetings = meetings;
	}

	/** The meeting the minutes are for and the language asked for, or the mistakes (then {@code meeting} is null). */
	record Checked(Reviews.@Nullable Meeting meeting, Optional<String> lang, List<Mistake> errors) {
	}

	Checked check(ReviewForms.Upload form, @Nullable MultipartFile file, Locale locale) {
		List<Mistake> errors = new ArrayList<>();
		if (file == null || file.isEmpty()) {
			errors.add(Mistake.inField("file", "agreements.reviews.error.file"));
		}
		Optional<MeetingSummary> picked = pickedMeeting(form, errors);
		LocalDate date = form.typedDate().or(() -> picked.map(MeetingSummary::startDate)).orElse(null);
		if (date == null) {
			errors.add(Mistake.inField("meetingDate", "agreements.reviews.error.date"));
		}
		boolean typed = form.meetingTitle() != null && !form.meetingTitle().isBlank();
		String title = typed ? form.meetingTitle() : picked.map(m -> m.title(locale)).orElse(null);
		// the title's own language, not the minutes' (English minutes uploaded from a Spanish page keep a Spanish title)
		String titleLanguage = typed ? Language.of(locale).code()
				: picked.map(m -> m.titleLanguageShown(locale)).orElse(null);
		if (title == null) {
			errors.add(Mistake.inField("meetingTitle", "agreements.reviews.error.title"));
		}
		List<Conference> processes = List.copyOf(Conference.setOf(form.processes()));
		if (processes.isEmpty()) {
			errors.add(Mistake.inField("processes", "agreements.reviews.error.process"));
		}
		Optional<String> lang = Optional.ofNullable(Language.isCode(form.lang()) ? form.lang() : null);
		if (!errors.isEmpty()) {
			return new Checked(null, lang, errors);
		}
		return new Checked(new Reviews.Meeting(picked.map(MeetingSummary::id).orElse(null), title, titleLanguage, date,
				processes,
				form.newVersion()), lang, List.of());
	}

	/** The calendar meeting chosen in the picker, if any and if the uploader may see it. */
	private Optional<MeetingSummary> pickedMeeting(ReviewForms.Upload form, List<Mistake> errors) {
		if (form.meetingId() == null || form.meetingId().isBlank()) {
			return Optional.empty();
		}
		try {
			Optional<MeetingSummary> meeting = meetings.find(UUID.fromString(form.meetingId().strip()));
			if (meeting.isEmpty()) {
				errors.add(Mistake.inField("meetingId", "agreements.reviews.error.meetingId"));
			}
			return meeting;
		}
		catch (IllegalArgumentException ex) {
			errors.add(Mistake.inField("meetingId", "agreements.reviews.error.meetingId"));
			return Optional.empty();
		}
	}
}

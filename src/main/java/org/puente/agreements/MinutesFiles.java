package org.puente.agreements;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.directory.Conference;
import org.puente.documents.Confidentiality;
import org.puente.documents.DocumentKind;
import org.puente.documents.DocumentMetadata;
import org.puente.documents.DocumentSummary;
import org.puente.documents.Documents;
import org.puente.documents.UploadedFile;
import org.puente.i18n.Language;
import org.puente.meetings.MeetingSummary;
import org.puente.meetings.MeetingVisibility;
import org.puente.meetings.MeetingTitles;
import org.puente.meetings.Meetings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The uploaded minutes kept in the document repository, through its public API: a document of kind MINUTES filed
 * under the meeting, reserved to the secretariats while its agreements are under review, and released when they are
 * confirmed (to everyone; to the conferences' accounts only when the meeting itself is reserved). The review page,
 * the page of the confirmed minutes and the meeting page link to it.
 */
@Component
class MinutesFiles {

	private final Documents documents;

	private final Accounts accounts;

	private final Meetings meetings;

	private final MessageSource messages;

	private final ReviewRepository reviews;

	MinutesFiles(Documents documents, Accounts accounts, Meetings meetings, MessageSource messages,
			ReviewRepository reviews) {
		this.reviews = reviews;
		this.documents = documents;
		this.accounts = accounts;
		this.meetings = meetings;
		this.messages = messages;
	}

	/**
	 * Files the uploaded minutes as a reserved document of the meeting, when the repository keeps files of that kind
	 * (a format it accepts, the bytes what the name says); the review goes on without it otherwise. A new version of
	 * minutes still under review becomes a new version of their reserved document, so the meeting keeps one draft
	 * Acta with its history rather than one per upload. Minutes already released keep their document as it is: a
	 * version added there would be public before its agreements are confirmed, so the new text waits in a reserved
	 * document of its own.
	 */
	Optional<Kept> keep(Reviews.Meeting meeting, String fileName, byte[] bytes, String language,
			AccountSummary uploader) {
		UploadedFile file = new UploadedFile(fileName, bytes);
		if (!documents.keeps(file)) {
			return Optional.empty();
		}
		Optional<UUID> earlier = earlierDocument(meeting, uploader);
		if (earlier.isPresent()) {
			String note = messages.getMessage("agreements.minutes.document.versionNote", new Object[] { fileName },
					Locale.forLanguageTag(Language.isCode(language) ? language : "es"));
			return Optional.of(new Kept(earlier.get(), documents.addVersion(earlier.get(), file, note, uploader)));
		}
		Map<String, String> titles = new LinkedHashMap<>();
		Map<String, String> summaries = new LinkedHashMap<>();
		@Nullable MeetingTitles calendar = meeting.meetingId() == null ? null
				: meetings.titles(java.util.Set.of(meeting.meetingId())).get(meeting.meetingId());
		for (String lang : Language.CODES) {
			Locale locale = Locale.forLanguageTag(lang);
			// a calendar meeting's minutes are named in each language by the calendar's title in it (walk 13 #8:
			// «Ata: Réunion virtuelle…» for a meeting the calendar names in Portuguese); where the calendar has none,
			// by the title it falls back to, under the reader's word for minutes. A typed title names them as typed.
			String title = calendar == null ? meeting.title().strip() : calendar.title(locale);
			titles.put(lang, messages.getMessage("agreements.minutes.document.title", new Object[] { title }, locale));
			summaries.put(lang, messages.getMessage("agreements.minutes.document.summary", new Object[] { fileName }, locale));
		}
		DocumentMetadata metadata = new DocumentMetadata(titles, summaries, DocumentKind.MINUTES,
				Language.isCode(language) ? language : "es", meeting.date(), Confidentiality.SECRETARIATS,
				Conference.codes(meeting.processes()), List.of(), List.of(), meeting.meetingId());
		return Optional.of(new Kept(documents.publish(metadata, file, uploader).id(), 1));
	}

	/** The document that keeps an upload, and which of its versions the upload became. */
	record Kept(UUID document, int version) {
	}

	/**
	 * A discarded review takes back the version its upload added to minutes kept before: the document is again what
	 * the earlier upload made it, as though the new version had never come. Minutes that started their document keep
	 * it, reserved, as every discarded first upload does.
	 */
	void withdraw(Review review, AccountSummary reviewer) {
		Integer version = review.getMinutesDocumentVersion();
		if (review.getMinutesDocumentId() != null && version != null && version > 1) {
			documents.withdrawLatestVersion(review.getMinutesDocumentId(), version, reviewer);
		}
	}

	/** The reserved document of the meeting's latest kept minutes, when these are said to be a new version of them. */
	private Optional<UUID> earlierDocument(Reviews.Meeting meeting, AccountSummary uploader) {
		if (!meeting.newVersion() || meeting.meetingId() == null) {
			return Optional.empty();
		}
		return reviews.findByMeetingIdOrderByCreatedAtDesc(meeting.meetingId())
			.stream()
			.map(Review::getMinutesDocumentId)
			.filter(id -> id != null)
			.findFirst()
			.filter(id -> documents.find(id, Optional.of(uploader))
				.filter(kept -> kept.confidentiality() == Confidentiality.SECRETARIATS)
				.isPresent() && documents.mayAddVersion(id, uploader));
	}

	/** Once the agreements are confirmed, the minutes they came from may be read as widely as the meeting. */
	void release(Review review, AccountSummary actor) {
		UUID document = review.getMinutesDocumentId();
		if (document == null) {
			return;
		}
		boolean reserved = review.meeting().id() != null && meetings.find(review.meeting().id())
			.map(MeetingSummary::visibility).filter(v -> v == MeetingVisibility.RESERVED).isPresent();
		documents.changeConfidentiality(document, reserved ? Confidentiality.CONFERENCES : Confidentiality.PUBLIC,
				actor);
	}

	/** The minutes a review's agreements came from, if they were kept and this reader may see them. */
	Optional<DocumentSummary> ofReview(UUID review) {
		return reviews.findById(review).flatMap(r -> visible(r.getMinutesDocumentId()));
	}

	/** The kept minutes, if this reader may see them. */
	Optional<DocumentSummary> visible(@Nullable UUID document) {
		return document == null ? Optional.empty() : documents.find(document, accounts.current());
	}
}

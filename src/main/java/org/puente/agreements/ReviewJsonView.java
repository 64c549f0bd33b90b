package org.puente.agreements;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.puente.directory.Conference;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A review as the API shows it: the same for its reading, its upload, each of its steps and the list of reviews. */
@Component
class ReviewJsonView {

	private final Reviews reviews;

	private final ReviewFlags flags;

	private final MessageSource messages;

	private final MeetingTitleShown titles;

	ReviewJsonView(Reviews reviews, ReviewFlags flags, MessageSource messages, MeetingTitleShown titles) {
		this.titles = titles;
		this.reviews = reviews;
		this.flags = flags;
		this.messages = messages;
	}

	/** One proposed agreement or suggestion, with the reasons to check it in the caller's language. */
	record ItemJson(String key, String number, @Nullable String theme, String text, List<String> responsible,
			List<DateMention> dates, List<String> flags) {
	}

	/**
	 * A review: its meeting, its state, the version to send back with a step, the kept minutes' address, its items and
	 * its suggestions (those the page shows first, then the rest, most likely first).
	 */
	record ReviewJson(UUID id, long version, ReviewStatus status, @Schema(description = MeetingTitleShown.API_TITLE) String meetingTitle,
			@Schema(description = MeetingTitleShown.API_TITLE_LANGUAGE) @Nullable String meetingTitleLanguage,
			@Schema(description = MeetingTitleShown.API_TITLES) Map<String, String> meetingTitles, LocalDate meetingDate,
			List<String> processes, String fileName, String language, @Nullable String document, List<ItemJson> items,
			List<ItemJson> suggestions) {
	}

	/** A review in the list: enough to choose it, and its address. */
	record ReviewLine(UUID id, long version, ReviewStatus status, @Schema(description = MeetingTitleShown.API_TITLE) String meetingTitle,
			@Schema(description = MeetingTitleShown.API_TITLE_LANGUAGE) @Nullable String meetingTitleLanguage,
			@Schema(description = MeetingTitleShown.API_TITLES) Map<String, String> meetingTitles, LocalDate meetingDate,
			List<String> processes, String fileName, int items, String createdBy, Instant updatedAt, String address) {
	}

	/** Where the API answers with a review. */
	static URI address(UUID id) {
		return URI.create("/api/v1/agreements/reviews/" + id);
	}

	ReviewJson of(Review review, Locale locale) {
		boolean draft = review.getStatus() == ReviewStatus.DRAFT;
		MeetingTitleShown.Shown title = titles.of(review.meeting());
		return new ReviewJson(review.getId(), review.getVersion(), review.getStatus(), title.title(), title.language(),
				title.titles(),
				review.meeting().date(), List.copyOf(Conference.codes(review.meeting().processes())),
				review.getFileName(), review.getLanguage(),
				reviews.minutesDocument(review.getMinutesDocumentId()).map(d -> d.url()).orElse(null),
				review.items().stream().map(i -> item(i, locale)).toList(),
				draft ? review.suggestions().stream().map(i -> item(i, locale)).toList() : List.of());
	}

	/**
	 * The review as it is now, read again: what the upload and every step answer with (the stored state after the step,
	 * its new version included, not what was sent); unknown: 404.
	 */
	ReviewJson now(UUID id, Locale locale) {
		return of(reviews.get(id), locale);
	}

	/** Lines of a list, their meetings' titles asked of the calendar once. */
	List<ReviewLine> lines(List<Review> list) {
		var shown = titles.forAll(list.stream().map(Review::meeting).toList());
		return list.stream().map(r -> line(r, shown.apply(r.meeting()))).toList();
	}

	private static ReviewLine line(Review review, MeetingTitleShown.Shown title) {
		return new ReviewLine(review.getId(), review.getVersion(), review.getStatus(), title.title(), title.language(),
				title.titles(),
				review.meeting().date(), List.copyOf(Conference.codes(review.meeting().processes())),
				review.getFileName(), review.items().size(), review.getCreatedByName(), review.getUpdatedAt(),
				address(review.getId()).toString());
	}

	private ItemJson item(ReviewItem item, Locale locale) {
		return new ItemJson(item.key(), item.number(), item.theme(), item.text(),
				item.responsible().stream().map(PartyReference::id).toList(), item.dates(),
				flags.of(item, locale).stream()
					.map(f -> messages.getMessage(f.reason(), new Object[] { f.subject(), f.detail() }, locale))
					.toList());
	}
}

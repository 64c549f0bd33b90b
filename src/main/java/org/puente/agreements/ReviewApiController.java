package org.puente.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A review of uploaded minutes over HTTP: what the reading proposed and suggested, with the doubts the page shows,
 * and the steps a script takes after the upload — add a suggestion ({@link ReviewAdditionApiController}), confirm. The walk of 5 December (#3) found the
 * API stopped at a stateless extraction and the register: a script that uploaded minutes got a page's address back
 * and had to read HTML to confirm them. Refusals are the problem reports of every endpoint, in the caller's language.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
@Tag(name = "Agreements", description = "Agreements of CRM and CSM meetings: extraction, register, follow-up")
class ReviewApiController {

	private final Reviews reviews;

	private final ReviewFlags flags;

	private final MessageSource messages;

	ReviewApiController(Reviews reviews, ReviewFlags flags, MessageSource messages) {
		this.reviews = reviews;
		this.flags = flags;
		this.messages = messages;
	}

	/** One proposed agreement or suggestion, with the reasons to check it in the caller's language. */
	record ItemJson(String key, String number, @Nullable String theme, String text, List<String> responsible,
			List<DateMention> dates, List<String> flags) {
	}

	/** A review: its meeting, its state, the version to send back with a step, its items and its suggestions. */
	record ReviewJson(UUID id, long version, ReviewStatus status, String meetingTitle, LocalDate meetingDate,
			List<String> processes, String fileName, String language, @Nullable String document, List<ItemJson> items,
			List<ItemJson> suggestions) {
	}

	@GetMapping("/api/v1/agreements/reviews/{id}")
	@Operation(summary = "A review of uploaded minutes: the proposed agreements, the suggestions and what to check",
			description = "Secretariats and administrators. Minutes are uploaded with the form's address, POST"
					+ " /agreements/reviews (multipart: file, meetingTitle, meetingDate YYYY-MM-DD, processes CRM/CSM,"
					+ " lang), which answers 302 to the review's page; this is the same review as JSON. 'version' is"
					+ " sent back with each step: a review changed since answers 409.")
	@ApiResponse(responseCode = "404", description = "No such review")
	ReviewJson one(@PathVariable UUID id, Locale locale) {
		return json(reviews.get(id), locale);
	}

	@PostMapping("/api/v1/agreements/reviews/{id}/confirm")
	@Operation(summary = "Confirm the review: its agreements join the register (GET /api/v1/agreements/{id} each)")
	@ApiResponse(responseCode = "200", description = "The ids of the register's agreements of these minutes")
	@ApiResponse(responseCode = "409", description = "The review changed since that version, or is no longer a draft")
	ResponseEntity<List<UUID>> confirm(@PathVariable UUID id,
			@Parameter(description = "the review's version, as last read") @RequestParam long version) {
		List<UUID> ids = reviews.confirm(id, version);
		return ResponseEntity.ok(ids);
	}

	private ReviewJson json(Review review, Locale locale) {
		boolean draft = review.getStatus() == ReviewStatus.DRAFT;
		return new ReviewJson(review.getId(), review.getVersion(), review.getStatus(), review.meeting().title(),
				review.meeting().date(), List.copyOf(org.puente.directory.Conference.codes(review.meeting().processes())),
				review.getFileName(), review.getLanguage(),
				reviews.minutesDocument(review.getMinutesDocumentId()).map(d -> d.url()).orElse(null),
				review.items().stream().map(i -> item(i, locale)).toList(),
				draft ? review.suggestions().stream().map(i -> item(i, locale)).toList() : List.of());
	}

	private ItemJson item(ReviewItem item, Locale locale) {
		return new ItemJson(item.key(), item.number(), item.theme(), item.text(),
				item.responsible().stream().map(PartyReference::id).toList(), item.dates(),
				flags.of(item, locale).stream()
					.map(f -> messages.getMessage(f.reason(), new Object[] { f.subject(), f.detail() }, locale))
					.toList());
	}
}

package org.puente.agreements;

import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the reading missed, added over HTTP: a suggestion made a proposed agreement, as "Añadir" beside it on the review
 * page, or an agreement typed, as the page's "Add an agreement" form; and a suggestion judged not to be one taken out
 * of the list, as "Descartar" beside it (suggest19 gave the page the button, apigaps20 the API its twin). The role rule
 * of {@link ReviewAdditions}, repeated here, lets an unknown review be a 404 for everyone, before the rule (403).
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
@Tag(name = "Agreements", description = "Agreements of CRM and CSM meetings: extraction, register, follow-up")
class ReviewAdditionApiController {

	private final ReviewAdditions additions;

	private final ReviewJsonView view;

	ReviewAdditionApiController(ReviewAdditions additions, ReviewJsonView view) {
		this.additions = additions;
		this.view = view;
	}

	/** The added item's key in the review and the review's version to send with the next step. */
	record Added(String key, long version) {
	}

	@PostMapping("/api/v1/agreements/reviews/{id}/suggestions/{key}/add")
	@Operation(operationId = "addSuggestionToReview", summary = "Make a suggestion one of the proposed agreements, where it stands in the minutes")
	@ApiResponse(responseCode = "200", description = "The added item's key and the review's new version")
	@ApiResponse(responseCode = "404", description = "No such review, or no such suggestion in it")
	@ApiResponse(responseCode = "409", description = "The review changed since that version, or is no longer a draft")
	Added addSuggestion(@PathVariable UUID id, @PathVariable String key,
			@Parameter(description = "the review's version, as last read") @RequestParam long version) {
		String added = additions.addSuggestion(id, version, key);
		return new Added(added, additions.review(id).getVersion());
	}

	@PostMapping("/api/v1/agreements/reviews/{id}/suggestions/{key}/dismiss")
	@Operation(operationId = "dismissReviewSuggestion", summary = "Dismiss a suggestion: it is not an agreement, and"
			+ " leaves the list (\"Descartar\" on the review page)", description = "Secretariats of the minutes'"
					+ " conference and administrators, while the review is a draft. The suggestion is not added"
					+ " anywhere; what is left in 'suggestions' is what has not been judged yet. Audited as a step of"
					+ " the review; send the review's version as last read.")
	@ApiResponse(responseCode = "200", description = "The review without the suggestion, with its new version")
	@ApiResponse(responseCode = "403", description = "An observer or a focal point, or the secretariat of another"
			+ " conference", content = @Content(examples = @ExampleObject(name = "otherConference", value = """
					{"type": "/problems/forbidden", "title": "Forbidden", "status": 403,
					 "detail": "Only the Conference's secretariat may review these minutes.",
					 "code": "agreements.review.forbidden"}""")))
	@ApiResponse(responseCode = "404", description = "No such review, or no such suggestion in it (dismissed or added"
			+ " already)", content = @Content(examples = @ExampleObject(name = "suggestionGone", value = """
					{"type": "/problems/not-found", "title": "Not Found", "status": 404,
					 "detail": "That suggestion is no longer in the list.",
					 "code": "agreements.review.suggestionNotFound"}""")))
	@ApiResponse(responseCode = "409", description = "The review changed since that version (currentVersion: its"
			+ " version now), or is no longer a draft", content = @Content(examples = @ExampleObject(
					name = "changedSince", value = """
					{"type": "/problems/conflict", "title": "Conflict", "status": 409,
					 "detail": "Someone else changed this review since the version sent: nothing was done. Read the \
					review again (currentVersion is its version now) and try again if it is still needed.",
					 "code": "agreements.review.staleAction", "currentVersion": 3}""")))
	ReviewJsonView.ReviewJson dismissSuggestion(@PathVariable UUID id, @PathVariable String key,
			@Parameter(description = "the review's version, as last read") @RequestParam long version,
			Locale locale) {
		additions.dismissSuggestion(id, version, key);
		return view.now(id, locale);
	}

	/** An agreement the reading missed, as the reviewer types it. */
	record Typed(String text) {
	}

	@PostMapping("/api/v1/agreements/reviews/{id}/items")
	@Operation(operationId = "addReviewItem", summary = "Add an agreement the reading missed, typed: after the others, its parties and dates read"
			+ " from its words", description = "The body: {\"text\": \"…\"}.")
	@ApiResponse(responseCode = "201", description = "The added item's key and the review's new version")
	@ApiResponse(responseCode = "404", description = "No such review")
	@ApiResponse(responseCode = "409", description = "The review changed since that version, or is no longer a draft")
	@ApiResponse(responseCode = "422", description = "No text, or a text longer than an agreement may be")
	ResponseEntity<Added> addTyped(@PathVariable UUID id,
			@Parameter(description = "the review's version, as last read") @RequestParam long version,
			@RequestBody Typed typed) {
		String added = additions.addTyped(id, version, typed.text() == null ? "" : typed.text());
		return ResponseEntity.created(ReviewJsonView.address(id)).body(new Added(added, additions.review(id).getVersion()));
	}
}

package org.puente.agreements;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
 * page, or an agreement typed, as the page's "Add an agreement" form. The role rule of {@link ReviewAdditions}, repeated
 * here, lets an unknown review be a 404 for everyone, before the rule (403).
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
@Tag(name = "Agreements", description = "Agreements of CRM and CSM meetings: extraction, register, follow-up")
class ReviewAdditionApiController {

	private final ReviewAdditions additions;

	ReviewAdditionApiController(ReviewAdditions additions) {
		this.additions = additions;
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

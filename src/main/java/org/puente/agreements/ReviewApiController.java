package org.puente.agreements;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A review of uploaded minutes over HTTP: what the reading proposed and suggested, with the doubts the page shows,
 * and the steps a script takes after the upload ({@link ReviewUploadApiController}) — correct, merge, split, delete
 * ({@link ReviewEditApiController}), add a suggestion or typed text ({@link ReviewAdditionApiController}), confirm,
 * or record that the minutes hold no agreement. The walks of 5 December (#3) found the API stopped at a stateless
 * extraction and the register: a script that uploaded minutes got a page's address back and had to read HTML. A
 * review is also discarded here, as on its page. Refusals are the problem reports of every endpoint, in the caller's language.
 * <p>
 * The role rule is here as well as on {@link Reviews} (which keeps it: defence in depth) so that accounts'
 * {@code AuthorizeBeforeBinding} asks {@link AgreementKnownIds} first: an unknown review is a 404 for every role, a
 * known one is refused (403) to observers and focal points.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
@Tag(name = "Agreements", description = "Agreements of CRM and CSM meetings: extraction, register, follow-up")
class ReviewApiController {

	private final Reviews reviews;

	private final ReviewJsonView view;

	ReviewApiController(Reviews reviews, ReviewJsonView view) {
		this.reviews = reviews;
		this.view = view;
	}

	@GetMapping("/api/v1/agreements/reviews/{id}")
	@Operation(operationId = "getReview", summary = "A review of uploaded minutes: the proposed agreements, the suggestions and what to check",
			description = "Secretariats and administrators. Minutes are uploaded with POST /api/v1/agreements/reviews,"
					+ " which answers 201 with this same JSON; 'version' is sent back with each step: a review changed"
					+ " since answers 409. 'document' is the kept minutes' address in the documents.")
	@ApiResponse(responseCode = "200", description = "The review")
	@ApiResponse(responseCode = "404", description = "No such review")
	ReviewJsonView.ReviewJson one(@PathVariable UUID id, Locale locale) {
		return view.of(reviews.open(id), locale);
	}

	@PostMapping("/api/v1/agreements/reviews/{id}/confirm")
	@Operation(operationId = "confirmReview", summary = "Confirm the review: its agreements join the register (GET /api/v1/agreements/{id} each)")
	@ApiResponse(responseCode = "200", description = "The ids of the register's agreements of these minutes")
	@ApiResponse(responseCode = "409", description = "The review changed since that version, or is no longer a draft")
	ResponseEntity<List<UUID>> confirm(@PathVariable UUID id,
			@Parameter(description = "the review's version, as last read") @RequestParam long version) {
		List<UUID> ids = reviews.confirm(id, version);
		return ResponseEntity.ok(ids);
	}

	// the page's "Descartar revisión" had no twin (apigaps20, docs/api-coverage.md): a script that uploaded the wrong
	// file was left with a draft it could not end, and the same file refused as already there
	@PostMapping("/api/v1/agreements/reviews/{id}/discard")
	@Operation(operationId = "discardReview", summary = "Discard the review: no agreement joins the register and the"
			+ " kept minutes are withdrawn from the documents, as the review page's button")
	@ApiResponse(responseCode = "200", description = "The review, discarded")
	@ApiResponse(responseCode = "403", description = "An observer or a focal point, or the secretariat of another"
			+ " conference")
	@ApiResponse(responseCode = "404", description = "No such review")
	@ApiResponse(responseCode = "409", description = "The review changed since that version (currentVersion), or is no"
			+ " longer a draft")
	ReviewJsonView.ReviewJson discard(@PathVariable UUID id,
			@Parameter(description = "the review's version, as last read") @RequestParam long version, Locale locale) {
		reviews.discard(id, version);
		return view.now(id, locale);
	}

	@PostMapping("/api/v1/agreements/reviews/{id}/confirm-none")
	@Operation(operationId = "confirmReviewWithoutAgreements", summary = "Record that these minutes hold no agreement: the review, with no proposed agreement left, is"
			+ " confirmed as it is and its meeting shows the minutes reviewed")
	@ApiResponse(responseCode = "200", description = "The review, confirmed")
	@ApiResponse(responseCode = "409", description = "The review changed since that version, is no longer a draft, or"
			+ " still has proposed agreements (delete them first)")
	ReviewJsonView.ReviewJson confirmNone(@PathVariable UUID id,
			@Parameter(description = "the review's version, as last read") @RequestParam long version, Locale locale) {
		reviews.confirmNone(id, version);
		return view.now(id, locale);
	}
}

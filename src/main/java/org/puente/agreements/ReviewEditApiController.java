package org.puente.agreements;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.puente.refusal.NotFoundException;
import org.puente.web.InvalidInput;
import org.puente.web.Mistake;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review page's corrections over HTTP (walk of 5 December #3): correct an item's text, parties and dates, merge
 * it with the next, split it, delete it. Each takes the review's {@code version} as last read and answers with the
 * review as it is now (its new version included); a review changed since answers 409, an item it does not hold 404,
 * a correction the page would refuse 422 with each mistake on its field — the same rules as the page. As in
 * {@link ReviewApiController}, the role rule on the controller lets an unknown review be a 404 for everyone, before
 * the rule (403); the services keep theirs.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
@Tag(name = "Agreements", description = "Agreements of CRM and CSM meetings: extraction, register, follow-up")
class ReviewEditApiController {

	private static final String VERSION = "the review's version, as last read";

	private final Reviews reviews;

	private final PartyCatalogue parties;

	private final ReviewJsonView view;

	ReviewEditApiController(Reviews reviews, PartyCatalogue parties, ReviewJsonView view) {
		this.reviews = reviews;
		this.parties = parties;
		this.view = view;
	}

	@PutMapping("/api/v1/agreements/reviews/{id}/items/{key}")
	@Operation(operationId = "correctReviewItem", summary = "Correct a proposed agreement: its number, theme, text, responsible parties and dates",
			description = "The body is the item as it should be: number, theme, text, responsible (directory ids such as"
					+ " country:MX), named (other people who must act, separated by commas), dates (expression, start and"
					+ " end YYYY-MM-DD, kind DEADLINE/EVENT/…, precision DAY/WEEK/MONTH/…, remove true to drop one).")
	@ApiResponse(responseCode = "200", description = "The review with the item corrected")
	@ApiResponse(responseCode = "404", description = "No such review, or no such item in it")
	@ApiResponse(responseCode = "409", description = "The review changed since that version, or is no longer a draft")
	@ApiResponse(responseCode = "422", description = "The correction breaks a rule; each mistake on its field")
	ReviewJsonView.ReviewJson correct(@PathVariable UUID id, @PathVariable String key,
			@Parameter(description = VERSION) @RequestParam long version, @RequestBody ReviewForms.Item item,
			Locale locale) {
		requireItem(id, key); // an item the review does not hold is a 404, even when the correction is wrong too
		List<Mistake> errors = new ArrayList<>();
		ReviewItem corrected = ItemCorrection.of(key, item, parties, errors, locale);
		InvalidInput.throwIfAny(errors);
		reviews.correct(id, version, corrected);
		return view.now(id, locale);
	}

	@PostMapping("/api/v1/agreements/reviews/{id}/items/{key}/merge")
	@Operation(operationId = "mergeReviewItemWithNext", summary = "Join a proposed agreement with the one after it: the texts, the parties and the dates")
	@ApiResponse(responseCode = "200", description = "The review with the two items joined")
	@ApiResponse(responseCode = "422", description = "It is the last item: there is none after it")
	ReviewJsonView.ReviewJson merge(@PathVariable UUID id, @PathVariable String key,
			@Parameter(description = VERSION) @RequestParam long version, Locale locale) {
		reviews.mergeWithNext(id, version, key);
		return view.now(id, locale);
	}

	@PostMapping("/api/v1/agreements/reviews/{id}/items/{key}/split")
	@Operation(operationId = "splitReviewItem", summary = "Cut a proposed agreement in two where the given words start; each half read again")
	@ApiResponse(responseCode = "200", description = "The review with the item cut in two")
	@ApiResponse(responseCode = "422", description = "The words are not in the item's text after its start")
	ReviewJsonView.ReviewJson split(@PathVariable UUID id, @PathVariable String key,
			@Parameter(description = VERSION) @RequestParam long version,
			@Parameter(description = "the words the second half starts with, as the text has them")
			@RequestParam(defaultValue = "") String secondStartsWith, Locale locale) {
		reviews.split(id, version, key, secondStartsWith);
		return view.now(id, locale);
	}

	@DeleteMapping("/api/v1/agreements/reviews/{id}/items/{key}")
	@Operation(operationId = "deleteReviewItem", summary = "Delete a proposed agreement from the review")
	ReviewJsonView.ReviewJson delete(@PathVariable UUID id, @PathVariable String key,
			@Parameter(description = VERSION) @RequestParam long version, Locale locale) {
		reviews.delete(id, version, key);
		return view.now(id, locale);
	}

	private void requireItem(UUID id, String key) {
		if (reviews.get(id).items().stream().noneMatch(i -> i.key().equals(key))) {
			throw new NotFoundException("agreements.review.itemNotFound");
		}
	}
}

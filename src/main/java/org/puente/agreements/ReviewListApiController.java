package org.puente.agreements;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's reviews over HTTP, a page at a time, each with its address (walk of 5 December #3). */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
@Tag(name = "Agreements", description = "Agreements of CRM and CSM meetings: extraction, register, follow-up")
class ReviewListApiController {

	/** The reviews of a page when the caller names no size. */
	static final int DEFAULT_SIZE = 20;

	private final ReviewLists reviews;

	private final ReviewJsonView json;

	ReviewListApiController(ReviewLists reviews, ReviewJsonView json) {
		this.json = json;
		this.reviews = reviews;
	}

	/**
	 * One page of the caller's reviews. The body keeps the shape it had before every list was paged; the paging
	 * headers ({@code Link}, {@code X-Total-Count}) are those of every list ({@link Paging}).
	 */
	record ReviewsPage(int page, int size, int total, List<ReviewJsonView.ReviewLine> reviews) {
	}

	@GetMapping("/api/v1/agreements/reviews")
	@Operation(operationId = "listReviews", summary = "The caller's reviews: those of the conferences the caller is secretariat of (all, for an"
			+ " administrator), the last changed first, a page at a time")
	@ApiResponse(responseCode = "200", description = "A page of reviews: page, size, total and the reviews")
	@ApiResponse(responseCode = "400", description = "A page or size that is not a number in range, or an unknown status")
	ResponseEntity<ReviewsPage> list(@Parameter(description = "DRAFT, CONFIRMED, SUPERSEDED or DISCARDED; all when absent")
			@RequestParam(required = false) @Nullable String status,
			@Parameter(description = "the page, from 1") @RequestParam(required = false) @Nullable String page,
			@Parameter(description = "reviews a page, 1 to 100 (20 when absent)")
			@RequestParam(required = false) @Nullable String size) {
		Paging paging = Paging.of(page, size, DEFAULT_SIZE);
		ReviewLists.Page found = reviews.mine(status(status), paging.page(), paging.size());
		return ResponseEntity.ok().headers(headers -> paging.headers(found.total()).forEach(headers::add))
			.body(new ReviewsPage(paging.page(), paging.size(), found.total(),
					json.lines(found.reviews())));
	}

	private static @Nullable ReviewStatus status(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return ReviewStatus.valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new RefusedException(RefusalKind.MALFORMED, "agreements.api.badStatus", value);
		}
	}
}

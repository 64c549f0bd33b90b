package org.puente.agreements;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's reviews over HTTP, a page at a time, each with its address (walk of 5 December #3). */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
@Tag(name = "Agreements", description = "Agreements of CRM and CSM meetings: extraction, register, follow-up")
class ReviewListApiController {

	/** The furthest page one may ask for: a hundred reviews a page, a million reviews. */
	static final int LAST_PAGE = 10000;

	/** The most reviews one page of the list holds. */
	static final int LARGEST_PAGE = 100;

	private final ReviewLists reviews;

	ReviewListApiController(ReviewLists reviews) {
		this.reviews = reviews;
	}

	/** One page of the caller's reviews. */
	record ReviewsPage(int page, int size, int total, List<ReviewJsonView.ReviewLine> reviews) {
	}

	@GetMapping("/api/v1/agreements/reviews")
	@Operation(summary = "The caller's reviews: those of the conferences the caller is secretariat of (all, for an"
			+ " administrator), the last changed first, a page at a time")
	@ApiResponse(responseCode = "200", description = "A page of reviews: page, size, total and the reviews")
	@ApiResponse(responseCode = "400", description = "A page or size that is not a number in range, or an unknown status")
	ReviewsPage list(@Parameter(description = "DRAFT, CONFIRMED, SUPERSEDED or DISCARDED; all when absent")
			@RequestParam(required = false) @Nullable String status,
			@Parameter(description = "the page, from 1 to 10000") @RequestParam(required = false) @Nullable String page,
			@Parameter(description = "reviews a page, 1 to 100 (20 when absent)")
			@RequestParam(required = false) @Nullable String size) {
		int number = number(page, 1, LAST_PAGE, 1);
		int per = number(size, 1, LARGEST_PAGE, 20);
		ReviewLists.Page found = reviews.mine(status(status), number, per);
		return new ReviewsPage(number, per, found.total(), found.reviews().stream().map(ReviewJsonView::line).toList());
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

	private static int number(@Nullable String value, int least, int most, int absent) {
		if (value == null || value.isBlank()) {
			return absent;
		}
		try {
			int n = Integer.parseInt(value.strip());
			if (n >= least && n <= most) {
				return n;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		// the bounds as words: "10000", not a number the locale groups into "10,000" or "10.000"
		throw new RefusedException(RefusalKind.MALFORMED, "agreements.api.badNumber", value, String.valueOf(least),
				String.valueOf(most));
	}
}

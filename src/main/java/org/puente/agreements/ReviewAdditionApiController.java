package org.puente.agreements;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A suggestion of the reading made a proposed agreement over HTTP, as "Añadir" beside it on the review page. */
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
	@Operation(summary = "Make a suggestion one of the proposed agreements, where it stands in the minutes")
	@ApiResponse(responseCode = "404", description = "No such review, or no such suggestion in it")
	@ApiResponse(responseCode = "409", description = "The review changed since that version, or is no longer a draft")
	Added addSuggestion(@PathVariable UUID id, @PathVariable String key,
			@Parameter(description = "the review's version, as last read") @RequestParam long version) {
		String added = additions.addSuggestion(id, version, key);
		return new Added(added, additions.review(id).getVersion());
	}
}

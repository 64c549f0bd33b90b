package org.puente.documents;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A bi-regional input's page over HTTP: a secretariat of its conferences moves it along its workflow, and whoever may
 * read it comments on it (the observers' voice), through {@link InputWorkflow} as the page's forms do.
 */
@RestController
@Tag(name = "Documents", description = "The shared repository of the CRM and the CSM: documents, versions, files")
class InputApiController {

	private final Documents documents;

	InputApiController(Documents documents) {
		this.documents = documents;
	}

	/** A move: the state to go to, the document's version read, the approving plenary (for APPROVED_IN_PLENARY). */
	record Move(@Schema(description = "DRAFT, AGREED_IN_CONFERENCE, APPROVED_IN_PLENARY or SUBMITTED") InputState target,
			long version, @Nullable UUID meetingId, @Nullable String meetingTitle, @Nullable String comment) {
	}

	record NewComment(String body) {
	}

	@PostMapping("/api/v1/documents/{id}/transitions")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	@Operation(operationId = "moveInput", summary = "Move a bi-regional input to its next state (or back to draft); "
			+ "the secretariats of its conferences; send the document's version")
	@ApiResponse(responseCode = "200", description = "Moved: the document, its new state and version")
	@ApiResponse(responseCode = "403", description = "Not a secretariat of one of the input's conferences")
	@ApiResponse(responseCode = "404", description = "No such document, or one the caller may not read")
	@ApiResponse(responseCode = "409", description = "Not an input, a move its state does not allow, or the document "
			+ "changed since the version sent (currentVersion)")
	@ApiResponse(responseCode = "422", description = "Approved in plenary without naming the plenary")
	DocumentApiController.DocumentDetailJson move(@PathVariable UUID id, @RequestBody Move move, AccountSummary actor,
			Locale locale) {
		documents.moveInput(id, move.target(), move.version(), move.meetingId(), move.meetingTitle(), move.comment(),
				actor);
		return DocumentApiController.DocumentDetailJson.read(documents, id, Optional.of(actor), locale);
	}

	@PostMapping("/api/v1/documents/{id}/comments")
	@PreAuthorize("isAuthenticated()")
	@Operation(operationId = "commentOnDocument", summary = "Comment on a document the caller may read (observers "
			+ "too)", description = "JSON: body, up to 4000 characters.")
	@ApiResponse(responseCode = "200", description = "Added: the document with its comments, oldest first")
	@ApiResponse(responseCode = "404", description = "No such document, or one the caller may not read")
	@ApiResponse(responseCode = "422", description = "An empty comment, or one longer than 4000 characters")
	DocumentApiController.DocumentDetailJson comment(@PathVariable UUID id, @RequestBody NewComment comment,
			AccountSummary actor, Locale locale) {
		documents.comment(id, comment.body() == null ? "" : comment.body(), actor);
		return DocumentApiController.DocumentDetailJson.read(documents, id, Optional.of(actor), locale);
	}
}

package org.puente.practices;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.web.EditConflict;
import org.puente.web.FormSubmission;
import org.puente.web.InvalidInput;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A good practice's way to publication over HTTP, as its pages have it: a focal point (or a secretariat) writes it,
 * edits it while it is a draft or returned, submits it; the conference's secretariat returns it with a note or
 * accepts it, which publishes it. The form's object and checks ({@link PracticeForm#check}) and the catalogue's rules;
 * every step audited, a change against the version read.
 */
@RestController
@Tag(name = "Good practices", description = "The catalogue of accepted good practices and their joint prioritisation")
class PracticeWorkApiController {

	private final PracticeCatalogue catalogue;

	private final PracticeConflicts conflicts;

	private final SmartValidator validator;

	PracticeWorkApiController(PracticeCatalogue catalogue, PracticeConflicts conflicts, SmartValidator validator) {
		this.catalogue = catalogue;
		this.conflicts = conflicts;
		this.validator = validator;
	}

	/** A practice as its page shows it to whoever may read it: where it stands, the review's note, its version. */
	record PracticeWorkJson(@JsonUnwrapped PracticesApiController.PracticeJson practice, PracticeStatus status,
			@Nullable String reviewNote, @Nullable Instant submittedAt, String createdBy, long version) {

		static PracticeWorkJson of(Practice p) {
			return new PracticeWorkJson(PracticesApiController.PracticeJson.of(p), p.getStatus(), p.getReviewNote(),
					p.getSubmittedAt(), p.getCreatedBy(), p.getVersion());
		}
	}

	/** What a secretariat sends to return a practice: the note saying what to change. */
	record ChangeRequest(String note) {
	}

	static final String FIELDS = "JSON, the form's fields: countries (ISO 3166-1 alpha-2, of one conference; a focal "
			+ "point's own), originalLanguage (es, en, pt, fr), esTitle, esSummary, esWhy, esHow (and en…, pt…, fr… "
			+ "for translations: the original language's four required, a translation complete or absent), sessions "
			+ "(1-6, one at least), objectives (1-23), targetGroups, periodFrom, periodTo, results, contactName, "
			+ "contactEmail, documents (ids)";

	@GetMapping("/api/v1/practices/{id}")
	@Operation(operationId = "getPractice", summary = "One practice: a published one for everybody, a draft or one "
			+ "under review for its country and its conference's secretariat")
	@ApiResponse(responseCode = "200", description = "The practice, with its status, the review's note and version")
	@ApiResponse(responseCode = "404", description = "No such practice, or one the caller may not read")
	PracticeWorkJson one(@PathVariable UUID id, @Parameter(hidden = true) Optional<AccountSummary> reader) {
		return PracticeWorkJson.of(catalogue.readable(id, reader));
	}

	@PostMapping("/api/v1/practices")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT', 'FOCAL_POINT')")
	@Operation(operationId = "createPractice", summary = "Write a practice (a draft, until submitted)",
			description = FIELDS)
	@ApiResponse(responseCode = "201", description = "The draft; its address in Location")
	@ApiResponse(responseCode = "403", description = "An observer, or a country or conference not the caller's")
	@ApiResponse(responseCode = "422", description = "A required text, country or session missing, a period that "
			+ "ends before it starts, countries of both conferences…; each mistake in errors")
	ResponseEntity<PracticeWorkJson> create(@RequestBody PracticeForm form, AccountSummary actor) {
		UUID id = catalogue.create(checked(form), actor);
		return ResponseEntity.created(URI.create("/api/v1/practices/" + id))
			.body(stored(id, actor));
	}

	@PutMapping("/api/v1/practices/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(operationId = "changePractice", summary = "Change a draft or a returned practice; send the version you "
			+ "read", description = FIELDS + ", version")
	@ApiResponse(responseCode = "200", description = "Changed: the practice as stored now, with its new version")
	@ApiResponse(responseCode = "403", description = "Not the practice's country or conference secretariat")
	@ApiResponse(responseCode = "404", description = "No such practice, or one the caller may not read")
	@ApiResponse(responseCode = "409", description = "Submitted or published (no longer editable), or someone changed "
			+ "it since the version sent: currentVersion, the current values that differ (current), changedBy and "
			+ "changedAt")
	@ApiResponse(responseCode = "422", description = "As when writing it; or countries of the other conference")
	PracticeWorkJson change(@PathVariable UUID id, @RequestBody PracticeForm form, AccountSummary actor,
			Locale locale) {
		catalogue.readable(id, Optional.of(actor)); // unknown or unreadable: 404 before the body's mistakes
		checked(form);
		return FormSubmission.change(new EditConflict.Edit<>(form, form.getVersion(), EditConflict.Answer.NONE,
				() -> conflicts.stored(id, actor), conflicts.fields(locale)), saving -> {
					catalogue.update(id, PracticeConflicts.content(saving.form()), saving.version(), actor);
					return stored(id, actor);
				});
	}

	@PostMapping("/api/v1/practices/{id}/submit")
	@PreAuthorize("isAuthenticated()")
	@Operation(operationId = "submitPractice", summary = "Submit a draft or a returned practice to the conference's "
			+ "secretariat for review")
	@ApiResponse(responseCode = "200", description = "Submitted: the practice")
	@ApiResponse(responseCode = "403", description = "Not the practice's country or conference secretariat")
	@ApiResponse(responseCode = "404", description = "No such practice, or one the caller may not read")
	@ApiResponse(responseCode = "409", description = "Already submitted or published")
	PracticeWorkJson submit(@PathVariable UUID id, AccountSummary actor) {
		catalogue.readable(id, Optional.of(actor));
		catalogue.submit(id, actor);
		return stored(id, actor);
	}

	@PostMapping("/api/v1/practices/{id}/request-changes")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	@Operation(operationId = "requestPracticeChanges", summary = "Return a submitted practice to its country with a "
			+ "note (the conference's secretariat); the country is told by e-mail")
	@ApiResponse(responseCode = "200", description = "Returned: the practice, its note")
	@ApiResponse(responseCode = "403", description = "Not the secretariat of the practice's conference")
	@ApiResponse(responseCode = "404", description = "No such practice, or one the caller may not read")
	@ApiResponse(responseCode = "409", description = "Not under review")
	@ApiResponse(responseCode = "422", description = "No note, or one too long")
	PracticeWorkJson requestChanges(@PathVariable UUID id, @RequestBody ChangeRequest request, AccountSummary actor) {
		catalogue.requestChanges(id, request.note() == null ? "" : request.note(), actor);
		return stored(id, actor);
	}

	@PostMapping("/api/v1/practices/{id}/accept")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	@Operation(operationId = "acceptPractice", summary = "Accept a submitted practice, which publishes it (the "
			+ "conference's secretariat)")
	@ApiResponse(responseCode = "200", description = "Accepted and published: the practice")
	@ApiResponse(responseCode = "403", description = "Not the secretariat of the practice's conference")
	@ApiResponse(responseCode = "404", description = "No such practice, or one the caller may not read")
	@ApiResponse(responseCode = "409", description = "Not under review")
	PracticeWorkJson accept(@PathVariable UUID id, AccountSummary actor) {
		catalogue.accept(id, actor);
		return stored(id, actor);
	}

	/** The practice read again as the actor may see it: what each step answers with, the stored state after it. */
	private PracticeWorkJson stored(UUID id, AccountSummary actor) {
		return PracticeWorkJson.of(catalogue.readable(id, Optional.of(actor)));
	}

	/** The form's content, or a 422 listing each mistake as the form would show it. */
	private PracticeContent checked(PracticeForm form) {
		BindingResult errors = new BeanPropertyBindingResult(form, "practiceForm");
		validator.validate(form, errors);
		PracticeContent content = form.check(errors);
		if (errors.hasErrors() || content == null) {
			throw new InvalidInput(errors);
		}
		return content;
	}
}

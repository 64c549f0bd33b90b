package org.puente.experts;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.web.EditConflict;
import org.puente.web.FormSubmission;
import org.puente.web.InvalidInput;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The roster written over HTTP, as its pages write it (apitwins21): an expert added (the "new expert" form) and an
 * entry corrected against the version read (its edit form, the same conflict report as every change), each checked by
 * {@link ExpertForm#check} and audited by {@link Roster}; and an entry read as its page shows it to the signed-in. The
 * roster's open data, consented experts' public fields, stays {@link ExpertsApiController}'s.
 */
@RestController
@PreAuthorize("isAuthenticated()")
@Tag(name = "Experts", description = "The roster of experts the CRM and the CSM propose as speakers")
class RosterApiController {

	static final String FIELDS = "JSON, the form's fields: fullName, email, affiliation, country (ISO 3166-1 "
			+ "alpha-2), languages (ISO 639-1 codes), sessions (1-6), objectives (1-23), bio, links (addresses "
			+ "separated by spaces or lines, as the form's box), gender (FEMALE, MALE, OTHER, UNDISCLOSED), region "
			+ "(the country's when absent), consentListed, consentShareUn, consentOn (yyyy-MM-dd, required with "
			+ "either consent)";

	private final Roster roster;

	private final ExpertConflicts conflicts;

	RosterApiController(Roster roster, ExpertConflicts conflicts) {
		this.roster = roster;
		this.conflicts = conflicts;
	}

	/** An entry as its page shows it: the e-mail address only to who may edit it; its version for a change. */
	record ExpertEntryJson(UUID id, String fullName, @Nullable String email, String affiliation, String country,
			List<String> languages, List<Integer> sessions, List<Integer> objectives, String bio, List<String> links,
			Gender gender, Region region, boolean consentListed, boolean consentShareUn, @Nullable LocalDate consentOn,
			@Nullable LocalDate consentWithdrawnOn, boolean mayEdit, long version) {

		static ExpertEntryJson of(ExpertSummary e, boolean mayEdit) {
			ExpertData d = e.data();
			return new ExpertEntryJson(e.id(), d.fullName(), mayEdit ? d.email() : null, d.affiliation(), d.country(),
					d.languages(), d.sessions(), d.objectives(), d.bio(), d.links(), d.gender(), d.region(),
					e.consentListed(), e.consentShareUn(), e.consentOn(), e.consentWithdrawnOn(), mayEdit,
					e.version());
		}
	}

	@GetMapping("/api/v1/experts/{id}")
	@Operation(operationId = "getExpert", summary = "An entry of the roster as its page shows it: to administrators, "
			+ "secretariats and focal points every entry, to observers one who consented; the e-mail address only to "
			+ "who may edit the entry", description = "Its version is what a change sends back.")
	@ApiResponse(responseCode = "200", description = "The entry")
	@ApiResponse(responseCode = "404", description = "No such expert, or one the caller may not read")
	ExpertEntryJson expert(@PathVariable UUID id, AccountSummary actor) {
		return entry(id, actor);
	}

	// observers add no one: 403 before the body's mistakes are listed, as on the page
	@PostMapping("/api/v1/experts")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT', 'FOCAL_POINT')")
	@Operation(operationId = "createExpert", summary = "Add an expert to the roster (administrators, secretariats, "
			+ "focal points), as the \"new expert\" form", description = FIELDS + ". Audited as on the page.")
	@ApiResponse(responseCode = "201", description = "Added: the entry; its address in Location")
	@ApiResponse(responseCode = "403", description = "An observer")
	@ApiResponse(responseCode = "409", description = "An expert with that name and e-mail address is on the roster")
	@ApiResponse(responseCode = "422", description = "A required field missing, an unknown country, language, "
			+ "session or objective, a consent without its date or dated in the future…; each mistake in errors")
	ResponseEntity<ExpertEntryJson> create(@RequestBody ExpertForm form, AccountSummary actor) {
		checked(form);
		UUID id = roster.create(form.data(), form.consent(), actor);
		return ResponseEntity.created(URI.create("/api/v1/experts/" + id)).body(entry(id, actor));
	}

	@PutMapping("/api/v1/experts/{id}")
	@Operation(operationId = "changeExpert", summary = "Correct an entry of the roster (a secretariat, or the focal "
			+ "point who added it); send the version you read", description = FIELDS + ", version. Audited as on "
					+ "the page.")
	@ApiResponse(responseCode = "200", description = "Changed: the entry as stored now, with its new version")
	@ApiResponse(responseCode = "403", description = "Neither a secretariat nor the focal point who added the entry")
	@ApiResponse(responseCode = "404", description = "No such expert, or one the caller may not read")
	@ApiResponse(responseCode = "409", description = "Someone changed the entry since the version sent: "
			+ "currentVersion, the current values that differ (current), changedBy and changedAt; or another entry "
			+ "has that name and e-mail address")
	@ApiResponse(responseCode = "422", description = "As when adding one; each mistake in errors")
	ExpertEntryJson change(@PathVariable UUID id, @RequestBody ExpertForm form, AccountSummary actor, Locale locale) {
		entry(id, actor); // unknown or unreadable: 404, then who may not edit it 403, before the body's mistakes
		if (!roster.mayEdit(id, actor)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "experts.forbidden.edit");
		}
		checked(form);
		return FormSubmission.change(new EditConflict.Edit<>(form, form.version(), EditConflict.Answer.NONE,
				() -> conflicts.stored(id), conflicts.fields(locale)), saving -> {
					roster.update(id, saving.version(), saving.form().data(), saving.form().consent(), actor);
					return entry(id, actor);
				});
	}

	/** The entry as the actor may read it: as the page, every entry to an editor, a consented one to the others. */
	private ExpertEntryJson entry(UUID id, AccountSummary actor) {
		return roster.find(id).filter(e -> ExpertPolicy.mayEdit(actor) || e.consented())
			.map(e -> ExpertEntryJson.of(e, roster.mayEdit(id, actor)))
			.orElseThrow(() -> new NotFoundException("experts.expert.notFound"));
	}

	/** A 422 listing each mistake of the form as the form would show it. */
	private void checked(ExpertForm form) {
		BindingResult errors = new DirectFieldBindingResult(form, "expertForm");
		form.check(errors, roster.problems(form.data(), form.consent()));
		if (errors.hasErrors()) {
			throw new InvalidInput(errors);
		}
	}
}

package org.puente.glossary;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.puente.web.EditConflict;
import org.puente.web.FormSubmission;
import org.puente.web.InvalidInput;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The glossary written over HTTP, as the secretariats write it on its pages (apitwins21): a term added (the "new term"
 * form) and a country's definition of it recorded with its source (the "add a country's definition" form) — a
 * consultation's results become many of both; a term corrected against the version read (its edit form, texts21). The forms' objects and checks, {@link Glossary}'s rules and audit;
 * each answered as {@link GlossaryApiController} reads it again.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
@Tag(name = "Glossary", description = "The bi-regional glossary of migration terms in Spanish, English, Portuguese and French")
class GlossaryWriteApiController {

	private final Glossary glossary;

	private final GlossaryExports exports;

	private final SmartValidator validator;

	private final TermConflicts conflicts;

	GlossaryWriteApiController(Glossary glossary, GlossaryExports exports, SmartValidator validator,
			TermConflicts conflicts) {
		this.conflicts = conflicts;
		this.glossary = glossary;
		this.exports = exports;
		this.validator = validator;
	}

	@PostMapping("/api/v1/glossary/terms")
	@Operation(operationId = "createGlossaryTerm", summary = "Add a term (the secretariats), as the \"new term\" form",
			description = "JSON: label and synonyms, each an object by language (es, en, pt, fr; synonyms one per "
					+ "line), and a note for terminologists. One label at least; the address's slug is made from the "
					+ "first. Audited as on the page.")
	@ApiResponse(responseCode = "201", description = "Added: the term as getGlossaryTerm shows it; its address in "
			+ "Location")
	@ApiResponse(responseCode = "403", description = "A focal point or an observer")
	@ApiResponse(responseCode = "409", description = "The glossary already has a term with one of these labels")
	@ApiResponse(responseCode = "422", description = "No label, or a label, the synonyms or the note too long; each "
			+ "mistake in errors")
	ResponseEntity<ExportedTerm> createTerm(@RequestBody TermForm form) {
		BindingResult errors = checked(form, "form");
		form.check(errors);
		refuse(errors);
		String slug = glossary.saveTerm(null, form);
		return ResponseEntity.created(URI.create("/api/v1/glossary/terms/" + slug)).body(exports.term(slug));
	}

	@PutMapping("/api/v1/glossary/terms/{slug}")
	@Operation(operationId = "changeGlossaryTerm", summary = "Correct a term (the secretariats), as its \"edit\" "
			+ "form; send the version you read", description = "JSON: label, synonyms and note as when adding one "
					+ "(what is not sent is emptied, as on the form), and version (the term's, as getGlossaryTerm or "
					+ "listGlossaryTerms gave it). Its address stays. Audited as on the page.")
	@ApiResponse(responseCode = "200", description = "Corrected: the term as getGlossaryTerm shows it, with its new "
			+ "version")
	@ApiResponse(responseCode = "403", description = "A focal point or an observer")
	@ApiResponse(responseCode = "404", description = "No term has this slug (whatever the body)")
	@ApiResponse(responseCode = "409", description = "Someone changed the term since the version sent: "
			+ "currentVersion, the current values that differ (current), changedBy and changedAt; or another term "
			+ "has one of these labels")
	@ApiResponse(responseCode = "422", description = "No label or no version, or a label, the synonyms or the note "
			+ "too long; each mistake in errors")
	ExportedTerm changeTerm(@PathVariable String slug, @RequestBody TermForm form) {
		String known = glossary.term(slug).getSlug(); // an unknown term: 404 before the body's mistakes
		BindingResult errors = checked(form, "form");
		form.check(errors);
		if (form.version() == null) {
			errors.rejectValue("version", "error.400.missing", new Object[] { "version" }, null);
		}
		refuse(errors);
		return FormSubmission.change(conflicts.edit(known, form, form.version(), EditConflict.Answer.NONE),
				saving -> exports.term(glossary.saveTerm(known, saving.form())));
	}

	@PostMapping("/api/v1/glossary/terms/{slug}/definitions")
	@Operation(operationId = "addGlossaryCountryDefinition", summary = "Record a country's definition of a term, with "
			+ "its source (the secretariats), as the term's \"add a country's definition\" form", description = "JSON: "
					+ "countryIso2 (a member state), language (es, en, pt, fr), text, source (a law, a note, a "
					+ "meeting), sourceLanguage (the source's, when not the definition's). Audited as on the page.")
	@ApiResponse(responseCode = "201", description = "Recorded: the definition; its address in Location "
			+ "(getGlossaryCountryDefinition)")
	@ApiResponse(responseCode = "403", description = "A focal point or an observer")
	@ApiResponse(responseCode = "404", description = "No term has this slug (whatever the body)")
	@ApiResponse(responseCode = "422", description = "A missing country, text or source, an unknown country or "
			+ "language, a text or source too long; each mistake in errors")
	ResponseEntity<GlossaryApiController.CountryDefinitionEntry> addDefinition(@PathVariable String slug,
			@RequestBody DefinitionForm form) {
		GlossaryTerm term = glossary.term(slug); // an unknown term: 404 before the body's mistakes
		refuse(checked(form, "form"));
		UUID id = glossary.addDefinition(term.getSlug(), form);
		return ResponseEntity.created(URI.create("/api/v1/glossary/terms/" + term.getSlug() + "/definitions/" + id))
			.body(glossary.definitions(term.getId()).stream().filter(d -> d.getId().equals(id)).findFirst()
				.map(GlossaryApiController.CountryDefinitionEntry::of).orElseThrow());
	}

	/** The form's annotations checked as the page's @Valid checks them. */
	private BindingResult checked(Object form, String name) {
		BindingResult errors = new BeanPropertyBindingResult(form, name);
		validator.validate(form, errors);
		return errors;
	}

	/** A 422 listing each mistake as the form would show it. */
	private static void refuse(BindingResult errors) {
		if (errors.hasErrors()) {
			throw new InvalidInput(errors);
		}
	}
}

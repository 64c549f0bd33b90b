package org.puente.drafting;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.refusal.NotFoundException;
import org.puente.web.EditConflict;
import org.puente.web.FormSubmission;
import org.puente.web.InvalidInput;
import org.puente.web.Mistake;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A joint text's paragraphs written over HTTP, as the text page writes them (texts21): a paragraph added at the end
 * of the base text, the Spanish master reworded against the version read, a paragraph translated into English,
 * Portuguese or French — a text pasted paragraph by paragraph and translated is a secretariat's repeated work. Each
 * through {@link DraftingManagement}, audited as on the page, and answered as the text's page reads it.
 */
@RestController
@PreAuthorize("isAuthenticated()")
@Tag(name = "Drafting", description = "Bi-regional texts drafted together: paragraphs, amendments, compilations")
class TextWritingApiController {

	static final String PARAGRAPHS = "/api/v1/drafting/paragraphs/";

	/** Who is refused every change to a text, before its body is read. */
	static final String NOT_MANAGER = "Neither an administrator nor a secretariat of the text's conferences (a focal "
			+ "point, an observer, another conference's secretariat)";

	private final DraftingManagement drafting;

	private final ParagraphConflicts conflicts;

	TextWritingApiController(DraftingManagement drafting, ParagraphConflicts conflicts) {
		this.drafting = drafting;
		this.conflicts = conflicts;
	}

	/** A paragraph's wording as a script sends it; a rewording also the version it was read at. */
	record WordingJson(@Nullable String body, @Nullable Long version) {
	}

	@GetMapping(PARAGRAPHS + "{paragraphId}")
	@Operation(operationId = "getParagraph", summary = "One paragraph of a text as the text lists it: its number, "
			+ "Spanish master wording, revision and version, its translations and its amendments")
	@ApiResponse(responseCode = "200", description = "The paragraph, with its text's id")
	@ApiResponse(responseCode = "404", description = "No such paragraph, or one deleted from its text")
	TextJson.PlacedParagraphJson paragraph(@PathVariable UUID paragraphId, AccountSummary actor, Locale locale) {
		UUID text = drafting.paragraph(paragraphId, actor, locale).text().getId();
		return TextJson.placedParagraph(drafting.page(text, actor, locale), paragraphId)
			.orElseThrow(() -> new NotFoundException("drafting.paragraph.notFound"));
	}

	// who may not change the text (a focal point, an observer, another conference's secretariat) is refused before
	// the body is read, as on the page
	@PostMapping("/api/v1/drafting/texts/{id}/paragraphs")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	@Operation(operationId = "addParagraph", summary = "Add a paragraph at the end of a text being drafted (an "
			+ "administrator or a secretariat of its conferences), as the text page's \"Add a paragraph\"",
			description = "JSON: body, the paragraph's Spanish master wording (plain text). Audited as on the page.")
	@ApiResponse(responseCode = "201", description = "Added: the paragraph as getParagraph shows it; its address in "
			+ "Location")
	@ApiResponse(responseCode = "403", description = NOT_MANAGER)
	@ApiResponse(responseCode = "404", description = "No such text (whatever the body)")
	@ApiResponse(responseCode = "409", description = "The text is no longer being drafted (a round closed, approved)")
	@ApiResponse(responseCode = "422", description = "No body (in errors), a body too long or with markup")
	ResponseEntity<TextJson.PlacedParagraphJson> add(@PathVariable UUID id, @RequestBody WordingJson wording,
			AccountSummary actor, Locale locale) {
		drafting.requireManager(id, actor);
		InvalidInput.throwIfAny(mistakes(wording.body(), false, null));
		UUID paragraph = drafting.append(id, String.valueOf(wording.body()), actor);
		return ResponseEntity.created(URI.create(PARAGRAPHS + paragraph)).body(paragraph(paragraph, actor, locale));
	}

	@PutMapping(PARAGRAPHS + "{paragraphId}")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	@Operation(operationId = "changeParagraph", summary = "Reword a paragraph's Spanish master (an administrator or a "
			+ "secretariat of the text's conferences); send the version you read", description = "JSON: body, "
					+ "version (the paragraph's, as getText or getParagraph gave it). Its translations become out of "
					+ "date. Audited as on the page.")
	@ApiResponse(responseCode = "200", description = "Reworded: the paragraph with its new revision and version")
	@ApiResponse(responseCode = "403", description = NOT_MANAGER)
	@ApiResponse(responseCode = "404", description = "No such paragraph (whatever the body)")
	@ApiResponse(responseCode = "409", description = "Someone changed the paragraph since the version sent: "
			+ "currentVersion, the current wording (current), changedBy and changedAt; or the text is no longer "
			+ "being drafted")
	@ApiResponse(responseCode = "422", description = "No body or no version (each in errors), a body too long or "
			+ "with markup")
	TextJson.PlacedParagraphJson change(@PathVariable UUID paragraphId, @RequestBody WordingJson wording,
			AccountSummary actor, Locale locale) {
		drafting.requireManager(managedText(paragraphId, actor, locale), actor);
		InvalidInput.throwIfAny(mistakes(wording.body(), wording.version() == null, null));
		EditConflict.Edit<ParagraphConflicts.Wording> edit = conflicts.edit(paragraphId, String.valueOf(wording.body()),
				wording.version(), EditConflict.Answer.NONE);
		return FormSubmission.change(edit, saving -> {
			drafting.rewrite(paragraphId, saving.version(), saving.form().body(), actor);
			return paragraph(paragraphId, actor, locale);
		});
	}

	@PutMapping(PARAGRAPHS + "{paragraphId}/translations/{language}")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	@Operation(operationId = "translateParagraph", summary = "Write a paragraph's translation into en, pt or fr (an "
			+ "administrator or a secretariat of the text's conferences), as the translations page", description =
					"JSON: body, the translation of the master wording as it stands now (it is recorded as made "
							+ "from the paragraph's current revision, and no longer out of date). Audited as on the "
							+ "page.")
	@ApiResponse(responseCode = "200", description = "Saved: the paragraph with its translations")
	@ApiResponse(responseCode = "403", description = NOT_MANAGER)
	@ApiResponse(responseCode = "404", description = "No such paragraph (whatever the body)")
	@ApiResponse(responseCode = "409", description = "The text is approved or submitted: its translations are final")
	@ApiResponse(responseCode = "422", description = "A language other than en, pt, fr or no body (each in errors), "
			+ "a body too long or with markup")
	TextJson.PlacedParagraphJson translate(@PathVariable UUID paragraphId, @PathVariable String language,
			@RequestBody WordingJson translation, AccountSummary actor, Locale locale) {
		drafting.requireManager(managedText(paragraphId, actor, locale), actor);
		InvalidInput.throwIfAny(mistakes(translation.body(), false, language));
		drafting.translate(paragraphId, language, String.valueOf(translation.body()), actor);
		return paragraph(paragraphId, actor, locale);
	}

	/** The text of a live paragraph: an unknown one 404 before anything else. */
	private UUID managedText(UUID paragraphId, AccountSummary actor, Locale locale) {
		return drafting.paragraph(paragraphId, actor, locale).text().getId();
	}

	/**
	 * What the body lacks, each on its field, in the page's words: no wording, no version (a rewording), a language
	 * that is no translation's. A wording too long or with markup is the service's refusal, as on the page.
	 */
	private static List<Mistake> mistakes(@Nullable String body, boolean versionMissing, @Nullable String language) {
		List<Mistake> mistakes = new ArrayList<>();
		if (language != null && !ParagraphWriting.TRANSLATIONS.contains(language)) {
			mistakes.add(Mistake.inField("language", "drafting.translation.language"));
		}
		if (body == null || body.isBlank()) {
			mistakes.add(Mistake.inField("body", "drafting.paragraph.required"));
		}
		if (versionMissing) {
			mistakes.add(Mistake.missing("version"));
		}
		return mistakes;
	}
}

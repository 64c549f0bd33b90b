package org.puente.drafting;

import org.puente.web.Paging;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.web.InvalidInput;
import org.puente.web.Mistake;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Joint drafting as JSON: the texts, a text with its paragraphs and amendments, proposing, deciding (apitwins21: the
 * secretariats' many decisions at a round's close), and the compilations.
 */
@RestController
@PreAuthorize("isAuthenticated()")
@Tag(name = "Drafting", description = "Bi-regional texts drafted together: paragraphs, amendments, compilations")
class DraftingApiController {

	static final String AMENDMENTS = "/api/v1/drafting/amendments/";

	private final DraftingManagement drafting;

	private final Accounts accounts;

	DraftingApiController(DraftingManagement drafting, Accounts accounts) {
		this.drafting = drafting;
		this.accounts = accounts;
	}

	@GetMapping("/api/v1/drafting/texts")
	@Operation(operationId = "listTexts", summary = "Every text being drafted or approved, with where it stands")
	ResponseEntity<List<TextSummary>> texts(@RequestParam(required = false) @Nullable String page, @RequestParam(required = false) @Nullable String size) {
		return Paging.of(page, size).answer(drafting.texts());
	}

	@GetMapping("/api/v1/drafting/texts/{id}")
	@Operation(operationId = "getText", summary = "One text: its numbered paragraphs and every amendment with its state and supporters")
	TextJson text(@PathVariable UUID id, Locale locale) {
		TextSummary summary = drafting.find(id).orElseThrow(() -> new NotFoundException("drafting.text.notFound"));
		return TextJson.of(summary, drafting.page(id, actor(), locale));
	}

	@GetMapping("/api/v1/drafting/texts/{id}/compilation")
	@Operation(operationId = "getTextCompilation", summary = "The compilation: clean, or with every open proposal as a tracked change marked with its "
			+ "proponent; as HTML, DOCX (real Word revisions) or PDF", responses = @ApiResponse(responseCode = "200",
					content = {
							@Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
									schema = @Schema(type = "string", format = "binary")),
							@Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
							@Content(mediaType = "text/html", schema = @Schema(type = "string")) }))
	ResponseEntity<?> compilation(@PathVariable UUID id,
			@Parameter(description = "docx, pdf or html") @RequestParam(defaultValue = "docx") String format,
			@Parameter(description = "true: open proposals as tracked changes; false: the clean text")
			@RequestParam(defaultValue = "false") boolean tracked, Locale locale) {
		Compilations.Format wanted = DraftingController.format(format);
		Compilation compilation = drafting.compile(id, tracked, locale);
		if (wanted == Compilations.Format.HTML) {
			return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
				.body(HtmlCompilation.write(compilation, drafting.labels(locale)));
		}
		return DraftingController.download(drafting.write(compilation, wanted, locale), compilation.title(), wanted);
	}

	/** An amendment proposed through the API, as the form proposes it. */
	record ProposalJson(AmendmentKind kind, @Nullable String original, @Nullable String replacement,
			@Nullable String reason, String proponent, int seenRevision) {
	}

	// who speaks for nobody (an observer) is refused by accounts before the body is read, even one it cannot read
	// (400); whose proponent it is depends on the body, so that rule is the service's, before the body's other checks
	@PostMapping("/api/v1/drafting/paragraphs/{paragraphId}/amendments")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT', 'FOCAL_POINT')")
	@Operation(operationId = "proposeAmendment", summary = "Proposes an amendment to a paragraph on behalf of a country or a conference; 409 when the "
			+ "paragraph changed since the revision read, or when no round takes proposals")
	@ApiResponse(responseCode = "201", description = "Proposed: the amendment's id and its text's address; Location "
			+ "is the amendment's own (getAmendment)")
	@ApiResponse(responseCode = "404", description = "No such paragraph (whatever the body)")
	@ApiResponse(responseCode = "403", description = "The account may not propose on behalf of that proponent "
			+ "(an observer on nobody's), before the body's other fields are checked")
	@ApiResponse(responseCode = "422", description = "The proposal itself: no reason, no kind, words not in the "
			+ "paragraph, markup, too long, a proponent that is no member state nor conference")
	ResponseEntity<ProposedJson> propose(@PathVariable UUID paragraphId, @RequestBody ProposalJson proposal,
			Locale locale) {
		// the change is built once the paragraph is found (404) and the proponent allowed (403): the body was checked
		// first, so a script heard "give the reason" about a paragraph that did not exist (walk of the API, 13)
		UUID id = drafting.propose(paragraphId, proposal.seenRevision(), proposal.proponent(),
				() -> AmendmentChange.of(proposal.kind(), proposal.original(), proposal.replacement(),
						proposal.reason()), actor());
		URI text = URI.create("/api/v1/drafting/texts/" + drafting.paragraph(paragraphId, actor(), locale).text().getId());
		// where the amendment is read again (walk 12: it pointed here when nothing served it; api11 pointed at the text)
		return ResponseEntity.created(URI.create(AMENDMENTS + id)).body(new ProposedJson(id, text.toString()));
	}

	@GetMapping(AMENDMENTS + "{id}")
	@Operation(operationId = "getAmendment", summary = "One amendment as its text lists it: its state, supporters and "
			+ "version, with its text, its paragraph and the paragraph's number")
	@ApiResponse(responseCode = "200", description = "The amendment")
	@ApiResponse(responseCode = "404", description = "No such amendment, or its paragraph was deleted from the text")
	TextJson.PlacedAmendmentJson amendment(@PathVariable UUID id, Locale locale) {
		Amendment amendment = drafting.amendment(id);
		// read through the text's page: whoever may read the text reads the amendment, as its list shows it
		return TextJson.placed(drafting.page(amendment.getTextId(), actor(), locale), id)
			.orElseThrow(() -> new NotFoundException("drafting.amendment.notFound"));
	}

	/** A decision as a script sends it: the page's form's fields, the amendment's version as read. */
	record DecisionJson(@Schema(description = "ACCEPTED, REJECTED or MERGED") @Nullable AmendmentStatus outcome,
			@Nullable Long version, @Nullable UUID meetingId, @Nullable String meetingTitle, @Nullable String note,
			@Nullable UUID mergeInto) {
	}

	// who may not decide (a focal point, an observer) is refused before the body is read, as on the page
	@PostMapping(AMENDMENTS + "{id}/decision")
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	@Operation(operationId = "decideAmendment", summary = "Decide an amendment (the secretariats, at a round's close "
			+ "or in plenary), as the text page's \"Record the decision\"", description = "JSON: outcome (ACCEPTED "
					+ "applies the change to its paragraph, REJECTED, MERGED with mergeInto: the amendment kept), "
					+ "version (the amendment's, as last read), and optionally meetingId and meetingTitle (the meeting "
					+ "that decided) and a note. Audited as on the page.")
	@ApiResponse(responseCode = "200", description = "Decided: the amendment as getAmendment shows it, its new state "
			+ "and version")
	@ApiResponse(responseCode = "403", description = "Neither an administrator nor a secretariat of the text's "
			+ "conferences")
	@ApiResponse(responseCode = "404", description = "No such amendment")
	@ApiResponse(responseCode = "409", description = "Decided or changed since the version sent (currentVersion), "
			+ "the text not open for decisions, or the words to replace no longer in the paragraph")
	@ApiResponse(responseCode = "422", description = "No outcome or no version (each in errors), an outcome that is "
			+ "no decision, a merge without the amendment kept, a note too long")
	TextJson.PlacedAmendmentJson decide(@PathVariable UUID id, @RequestBody DecisionJson decision, Locale locale) {
		drafting.amendment(id); // an unknown amendment: 404 before the body's mistakes
		List<Mistake> missing = new ArrayList<>();
		if (decision.outcome() == null) {
			missing.add(Mistake.missing("outcome"));
		}
		if (decision.version() == null) {
			missing.add(Mistake.missing("version"));
		}
		InvalidInput.throwIfAny(missing);
		drafting.decide(id, new Amending.Decision(decision.outcome(), decision.meetingId(), decision.meetingTitle(),
				decision.note(), decision.mergeInto()), decision.version(), actor());
		return amendment(id, locale);
	}

	/** A proposed amendment: its id, as the text's list of amendments carries it, and the text's address. */
	record ProposedJson(UUID id, String text) {
	}

	private AccountSummary actor() {
		return accounts.current().orElseThrow(() -> new RefusedException(RefusalKind.FORBIDDEN, "error.403.message"));
	}
}

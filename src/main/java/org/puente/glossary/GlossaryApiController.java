package org.puente.glossary;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.puente.refusal.NotFoundException;
import org.puente.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The glossary in the API (walk of the API, finding 24: only its CSV, TBX and Turtle files, outside the description):
 * each term with its labels and synonyms in the four languages and the bi-regional definition once adopted — what the
 * public pages and the exports show, nothing of what is still under discussion; for members, as on the term's page,
 * the countries' definitions with their sources.
 */
@RestController
@Tag(name = "Glossary", description = "The bi-regional glossary of migration terms in Spanish, English, Portuguese and French")
class GlossaryApiController {

	private final GlossaryExports exports;

	private final GlossaryCatalogue catalogue;

	GlossaryApiController(GlossaryExports exports, GlossaryCatalogue catalogue) {
		this.exports = exports;
		this.catalogue = catalogue;
	}

	@GetMapping("/api/v1/glossary/terms")
	@Transactional(readOnly = true)
	@Operation(operationId = "listGlossaryTerms", summary = "The glossary's terms, by their Spanish label: labels and "
			+ "synonyms per language (es, en, pt, fr), the adopted bi-regional definition with its date")
	@ApiResponse(responseCode = "200", description = "A page of terms")
	@ApiResponse(responseCode = "400", description = "A page or size out of range")
	ResponseEntity<List<ExportedTerm>> terms(@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		Paging paging = Paging.of(page, size);
		return paging.answer(exports.terms());
	}

	/**
	 * A country's definition of a term as members read it on the term's page: its language, and its source with the
	 * language the source is written in (null for sources recorded before Puente asked: no language rather than a guess).
	 */
	record CountryDefinitionEntry(UUID id, String country, String language, String text, String source,
			@Nullable String sourceLanguage, Instant updatedAt) {

		static CountryDefinitionEntry of(CountryDefinition d) {
			return new CountryDefinitionEntry(d.getId(), d.getCountryIso2(), d.getLanguage(), d.getText(),
					d.getSource(), d.getSourceLanguage(), d.getUpdatedAt());
		}
	}

	@GetMapping("/api/v1/glossary/terms/{slug}/definitions")
	@Transactional(readOnly = true)
	@Operation(operationId = "listGlossaryCountryDefinitions", summary = "The countries' definitions of one term, for "
			+ "members (signed in): each country's (ISO 3166 code) text and its language, its source and the source's language")
	@ApiResponse(responseCode = "200", description = "The definitions, by country")
	@ApiResponse(responseCode = "400", description = "A page or size out of range")
	@ApiResponse(responseCode = "404", description = "No term has this slug")
	ResponseEntity<List<CountryDefinitionEntry>> definitions(@PathVariable String slug,
			@RequestParam(required = false) @Nullable String page, @RequestParam(required = false) @Nullable String size) {
		// paged like every list of the API (a term holds one definition per member state, so one page in practice)
		Paging paging = Paging.of(page, size);
		return paging.answer(catalogue.definitions(catalogue.term(slug).getId()).stream()
			.map(CountryDefinitionEntry::of).toList());
	}

	@GetMapping("/api/v1/glossary/terms/{slug}/definitions/{id}")
	@Transactional(readOnly = true)
	@Operation(operationId = "getGlossaryCountryDefinition", summary = "One country's definition of a term, for members "
			+ "(signed in), as the term's list of definitions shows it; where a definition added is read again")
	@ApiResponse(responseCode = "200", description = "The definition")
	@ApiResponse(responseCode = "404", description = "No term has this slug, or no such definition of it")
	CountryDefinitionEntry definition(@PathVariable String slug, @PathVariable UUID id) {
		return catalogue.definitions(catalogue.term(slug).getId()).stream().filter(d -> d.getId().equals(id))
			.findFirst().map(CountryDefinitionEntry::of)
			.orElseThrow(() -> new NotFoundException("glossary.definition.notFound"));
	}

	@GetMapping("/api/v1/glossary/terms/{slug}")
	@Transactional(readOnly = true)
	@Operation(operationId = "getGlossaryTerm", summary = "One term, by the slug of its address (/glossary/{slug})")
	@ApiResponse(responseCode = "200", description = "The term")
	@ApiResponse(responseCode = "404", description = "No term has this slug")
	ExportedTerm term(@PathVariable String slug) {
		return exports.term(slug); // the page's 404 and sentence for an unknown slug
	}
}

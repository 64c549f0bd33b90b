package org.puente.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.Accounts;
import org.puente.i18n.Language;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.context.MessageSource;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The search as JSON: the same results, counts and facets as the page, for whoever reads the API. */
@RestController
@Tag(name = "Search", description = "One search over documents, meetings, agreements and glossary terms")
class SearchApiController {

	private final Search search;

	private final Accounts accounts;

	private final MessageSource messages;

	SearchApiController(Search search, Accounts accounts, MessageSource messages) {
		this.search = search;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/api/v1/search")
	@Operation(operationId = "search", summary = "Search everything the caller may see", description = """
			Words must all match, "quotes" make a phrase, `or` separates alternatives and a dash excludes a word; \
			accents, case and hyphens do not matter (extra-regional = extrarregional = extraregional). Several \
			values of one filter widen the search, several filters narrow it; a type that does not carry an \
			active filter (glossary terms have no year) is left out. Counts are exact up to 1,000 and then \
			reported as "at least 1,000" (relation gte), so pages go up to 50. A malformed query, filter or page \
			is answered 400 with a sentence in the caller's language.""")
	ApiResults search(
			@Parameter(description = "the words to look for, at most 300 characters") @RequestParam(required = false) @Nullable String q,
			@Parameter(description = "the language of labels and titles: es, en, pt or fr (default: the request's)") @RequestParam(required = false) @Nullable String lang,
			@Parameter(description = "the page, from 1 to 50 (20 results a page)") @RequestParam(required = false) @Nullable String page,
			@Parameter(description = "filter by type: document, meeting, agreement, term (repeatable)") @RequestParam(required = false) @Nullable List<String> type,
			@Parameter(description = "filter by kind code, such as FINAL_ACT or PLENARY (repeatable)") @RequestParam(required = false) @Nullable List<String> kind,
			@Parameter(description = "filter by process: CRM or CSM (repeatable)") @RequestParam(required = false) @Nullable List<String> process,
			@Parameter(description = "filter by thematic session, 1 to 6 (repeatable)") @RequestParam(required = false) @Nullable List<String> session,
			@Parameter(description = "filter by Global Compact objective, 1 to 23 (repeatable)") @RequestParam(required = false) @Nullable List<String> objective,
			@Parameter(description = "filter by year (repeatable)") @RequestParam(required = false) @Nullable List<String> year,
			@Parameter(description = "filter by language of the text: es, en, pt, fr (repeatable)") @RequestParam(required = false) @Nullable List<String> language,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters, Locale locale) {
		Locale wanted = lang == null || lang.isBlank() ? locale
				: Language.of(lang).map(Language::locale)
					.orElseThrow(() -> new RefusedException(RefusalKind.MALFORMED, "search.badLanguage"));
		if (q == null) {
			// a bare GET describes the endpoint (and lets link checkers through); an empty q is a mistake: 400
			return ApiResults.empty(messages.getMessage("search.empty", null, wanted));
		}
		try {
			SearchQuery query = new SearchQuery(SearchQueryParser.parse(q), SearchFilters.of(parameters),
					wanted, accounts.current(), SearchController.page(page));
			SearchResults results = search.search(query);
			return ApiResults.of(results, results.truncated()
					? messages.getMessage("search.truncated", new Object[] { results.total().value() }, wanted) : null);
		}
		catch (InvalidSearchException ex) {
			throw new RefusedException(RefusalKind.MALFORMED, ex.messageKey(), ex.arguments());
		}
	}

	@Schema(description = "One page of results")
	record ApiResults(@Schema(description = "the query as understood (the corrected one after a correction)") String query,
			@Schema(description = "how many results, exact up to 1,000") long total,
			@Schema(description = "eq when total is exact, gte when there are at least that many", allowableValues = { "eq", "gte" }) String totalRelation,
			int page, int pages, List<ApiHit> results,
			@Schema(description = "per facet (type, kind, process, session, objective, year, language), its values with their counts") Map<String, List<ApiFacetValue>> facets,
			@Schema(description = "the glossary's equivalents that were searched too") List<String> alsoSearched,
			@Schema(description = "a spelling that would find more") @Nullable String didYouMean,
			@Schema(description = "what was typed, when nothing matched it and the results are for the corrected query") @Nullable String correctedFrom,
			@Schema(description = "a sentence for a request without q, or saying that the search was cut short") @Nullable String message,
			@Schema(description = "true when the search took longer than its time limit: the results are the best of what was found by then and the total is at least that many (relation gte)") boolean truncated) {

		static ApiResults empty(String message) {
			return new ApiResults("", 0, "eq", 1, 1, List.of(), Map.of(), List.of(), null, null, message, false);
		}

		static ApiResults of(SearchResults r, @Nullable String truncatedMessage) {
			Map<String, List<ApiFacetValue>> facets = new LinkedHashMap<>();
			r.facets().forEach(f -> facets.put(f.parameter(), f.values().stream()
				.map(v -> new ApiFacetValue(v.value(), v.label(), v.count().value(), v.count().relation(), v.chosen()))
				.toList()));
			return new ApiResults(r.text(), r.total().value(), r.total().relation(), r.page(), r.pages(),
					r.hits().stream().map(ApiHit::of).toList(), facets, r.alsoSearched().stream().map(SearchResults.Name::text).toList(), r.didYouMean(),
					r.correctedFrom(), r.truncated() ? truncatedMessage : null, r.truncated());
		}
	}

	@Schema(description = "One result")
	record ApiHit(@Schema(allowableValues = { "document", "meeting", "agreement", "term" }) String type,
			@Schema(description = "the type's name in the caller's language") String typeLabel,
			@Schema(description = "the id of the document, meeting or agreement, or the term's slug") String id,
			@Schema(description = "documents: the version found") @Nullable Integer version, String title,
			@Schema(description = "HTML: escaped text with the matched words in <mark>") String snippet,
			@Schema(description = "documents and meetings: the kind, as a code and its name; absent for other types") @Nullable ApiKind kind,
			List<String> processes, @Nullable LocalDate date, String url,
			@Schema(description = "the language the snippet is written in (es, en, pt, fr)") @Nullable String snippetLanguage) {

		static ApiHit of(SearchResults.Hit h) {
			return new ApiHit(h.type(), h.typeLabel(), h.id(), h.version(), h.title(), h.snippet(),
					h.kind() == null ? null : new ApiKind(h.kind().code(), h.kind().label()), h.processes(), h.date(),
					h.url(), h.snippetLanguage());
		}
	}

	record ApiKind(String code, String label) {
	}

	record ApiFacetValue(String value, String label, long count,
			@Schema(allowableValues = { "eq", "gte" }) String relation, boolean chosen) {
	}
}

package org.puente.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.Accounts;
import org.puente.web.RefusedException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The search page and its JSON twin. An empty box on the page is an invitation, not an error; on the API it is a
 * 400 with a sentence. Whatever is typed (quotes, operators, SQL) is only ever a bound parameter.
 */
@Controller
class SearchController {

	private final Search search;

	private final Accounts accounts;

	private final MessageSource messages;

	SearchController(Search search, Accounts accounts, MessageSource messages) {
		this.search = search;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/search")
	String page(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "1") int page,
			@RequestParam MultiValueMap<String, String> parameters, Model model, Locale locale,
			HttpServletResponse response) {
		Map<String, List<String>> filters = Search.filters(parameters);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("filters", filters);
		if (q == null || q.isBlank()) {
			return "search/page";
		}
		try {
			model.addAttribute("results", search.search(q, locale, accounts.current(), filters, page));
		}
		catch (RefusedException ex) {
			response.setStatus(ex.status().value());
			model.addAttribute("problem", messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		}
		return "search/page";
	}

	@GetMapping("/api/v1/search")
	@ResponseBody
	ApiResults api(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String lang,
			@RequestParam(defaultValue = "1") int page, @RequestParam MultiValueMap<String, String> parameters,
			Locale locale) {
		Locale wanted = lang == null || lang.isBlank() ? locale : org.puente.i18n.Language.of(lang)
			.map(org.puente.i18n.Language::locale)
			.orElseThrow(() -> new RefusedException(org.springframework.http.HttpStatus.BAD_REQUEST, "search.badLanguage"));
		if (q == null) {
			// a bare GET describes the endpoint (and lets link checkers through); an empty q is a mistake: 400
			return new ApiResults(0, 1, List.of(), Map.of(), List.of(), null, null,
					messages.getMessage("search.empty", null, wanted));
		}
		SearchResults results = search.search(q, wanted, accounts.current(), Search.filters(parameters), page);
		return new ApiResults(results.total(), results.page(), results.hits().stream().map(ApiHit::of).toList(),
				results.facets(), results.alsoSearched(), results.didYouMean(),
				results.correctedFrom() == null ? null : results.text(), null);
	}

	/** The API's answer, as documented: total, one page of results, facet counts, what was also searched. */
	record ApiResults(long total, int page, List<ApiHit> results, Map<String, Map<String, Long>> facets,
			List<String> alsoSearched, @Nullable String didYouMean, @Nullable String showingResultsFor,
			@Nullable String message) {
	}

	/** One result: {@code documentId} and {@code version} for documents, the id of the thing otherwise. */
	record ApiHit(String type, String documentId, @Nullable Integer version, String title, String snippet,
			String kind, List<String> processes, @Nullable LocalDate date, String url) {

		static ApiHit of(SearchHit hit) {
			String kind = hit.facets().getOrDefault("kind", List.of(hit.kind())).stream().findFirst().orElse(hit.kind());
			return new ApiHit(hit.kind(), hit.id(), hit.version(), hit.title(), hit.snippet(), kind, hit.processes(),
					hit.date(), hit.url());
		}
	}
}

package org.puente.search;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.Accounts;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.web.FormSubmission;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page. An empty box is an invitation, not an error; a search that cannot be run (too long, only
 * operators, a malformed filter or page) is answered with a 400 and a sentence saying what to change. Whatever is
 * typed only ever reaches the index as words (see {@link SearchQueryParser}).
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
	String page(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String page,
			@RequestParam MultiValueMap<String, String> parameters, Model model, Locale locale,
			HttpServletResponse response) {
		// kept in the box as typed, but never more than the box holds: a 10,000-character search echoed whole into
		// the title would fill the response buffer before the page's header is written
		model.addAttribute("q", q == null ? "" : q.substring(0, Math.min(q.length(), SearchQueryParser.MAX_LENGTH)));
		// "only results in my language" is the language filter with the reader's own
		model.addAttribute("readerLanguage", org.puente.i18n.Language.of(locale).code());
		if (q == null || q.isBlank()) {
			return "search/page";
		}
		try {
			SearchQuery query = new SearchQuery(SearchQueryParser.parse(q), SearchFilters.of(parameters), locale,
					accounts.current(), page(page));
			model.addAttribute("results", search.search(query));
		}
		catch (InvalidSearchException ex) {
			// the page says why, under the box, with 400; a script asking for JSON gets the problem report
			model.addAttribute("problem", messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return FormSubmission.refuse(response,
					new RefusedException(RefusalKind.MALFORMED, ex.messageKey(), ex.arguments()), () -> "search/page");
		}
		return "search/page";
	}

	/** The page number asked for; anything but a number from 1 is refused with the same sentence. */
	static int page(@Nullable String page) {
		if (page == null || page.isBlank()) {
			return 1;
		}
		if (!page.strip().matches("\\d{1,6}")) {
			throw new InvalidSearchException("search.badPage", SearchQuery.MAX_PAGE);
		}
		return Integer.parseInt(page.strip());
	}
}

package org.puente.glossary;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The glossary's pages. The public sees the terms, their labels and synonyms and the adopted bi-regional
 * definitions; members also see each country's definitions, the definitions under discussion and the coincidences.
 */
@Controller
class GlossaryController {

	/** The share of definitions an element must be in to count as shared, unless the reader asks for another. */
	static final double THRESHOLD = 0.35;

	private final Glossary glossary;

	private final TermPage termPage;

	private final CoincidencesPage coincidencesPage;

	GlossaryController(Glossary glossary, TermPage termPage, CoincidencesPage coincidencesPage) {
		this.glossary = glossary;
		this.termPage = termPage;
		this.coincidencesPage = coincidencesPage;
	}

	@GetMapping("/glossary")
	String list(@RequestParam(defaultValue = "") String q, Model model) {
		String query = q.length() > 200 ? q.substring(0, 200) : q;
		model.addAttribute("q", query);
		model.addAttribute("terms", glossary.search(query).stream().map(GlossaryCatalogue.Ranked::term).toList());
		return "glossary/list";
	}

	@GetMapping("/glossary/{slug}")
	String term(@PathVariable String slug, Model model) {
		return termPage.show(slug, model, null);
	}

	/** A term's permanent address by id (the change log knows terms by id): it leads to the term's page. */
	@GetMapping("/glossary/terms/{id:[0-9a-f-]{36}}")
	String byId(@PathVariable java.util.UUID id) {
		return "redirect:/glossary/" + glossary.termById(id).getSlug();
	}

	@GetMapping("/glossary/{slug}/coincidences")
	@PreAuthorize("isAuthenticated()")
	String coincidences(@PathVariable String slug, @RequestParam(defaultValue = "0") int k,
			@RequestParam(defaultValue = "" + THRESHOLD) double threshold, Model model,
			Locale locale) {
		return coincidencesPage.show(slug, k, threshold, model, locale);
	}

	static boolean secretariat(@Nullable AccountSummary account) {
		return account != null && account.isSecretariatOrAdmin();
	}
}

package org.puente.glossary;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
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

	private final GlossaryCatalogue catalogue;

	private final Coincidences coincidences;

	private final GlossaryManagement management;

	private final Accounts accounts;

	GlossaryController(GlossaryCatalogue catalogue, Coincidences coincidences, GlossaryManagement management,
			Accounts accounts) {
		this.catalogue = catalogue;
		this.coincidences = coincidences;
		this.management = management;
		this.accounts = accounts;
	}

	@GetMapping("/glossary")
	String list(@RequestParam(defaultValue = "") String q, Model model) {
		String query = q.length() > 200 ? q.substring(0, 200) : q;
		model.addAttribute("q", query);
		model.addAttribute("terms", catalogue.search(query).stream().map(GlossaryCatalogue.Ranked::term).toList());
		return "glossary/list";
	}

	@GetMapping("/glossary/{slug}")
	String term(@PathVariable String slug, Model model) {
		GlossaryTerm term = catalogue.term(slug);
		boolean member = accounts.current().isPresent();
		model.addAttribute("term", term);
		model.addAttribute("languages4", Languages.ALL);
		model.addAttribute("member", member);
		BiregionalDefinition biregional = catalogue.biregional(term.getId()).orElse(null);
		boolean visible = biregional != null && (member || biregional.getStatus() == BiregionalStatus.ADOPTED);
		model.addAttribute("biregional", visible ? biregional : null);
		model.addAttribute("definitions", member ? catalogue.definitions(term.getId()) : List.of());
		model.addAttribute("history", member ? management.history(term.getId()) : List.of());
		model.addAttribute("mayEdit", accounts.current().map(GlossaryController::secretariat).orElse(false));
		model.addAttribute("admin", accounts.current().map(AccountSummary::isAdmin).orElse(false));
		return "glossary/term";
	}

	@GetMapping("/glossary/{slug}/coincidences")
	@PreAuthorize("isAuthenticated()")
	String coincidences(@PathVariable String slug, @RequestParam(defaultValue = "0") int k,
			@RequestParam(defaultValue = "0.35") double threshold, Model model, Locale locale) {
		GlossaryTerm term = catalogue.term(slug);
		if (threshold <= 0 || threshold >= 1 || k < 0 || k > 100) {
			throw new IllegalArgumentException("threshold in (0, 1), k in [0, 100]");
		}
		Coincidences.Result result = coincidences.analyse(term, k, threshold, Languages.of(locale));
		model.addAttribute("term", term);
		model.addAttribute("report", result.report());
		model.addAttribute("definitions", result.definitions());
		model.addAttribute("mayEdit", accounts.current().map(GlossaryController::secretariat).orElse(false));
		model.addAttribute("draft", draft(term, result, locale));
		model.addAttribute("threshold", threshold);
		return "glossary/coincidences";
	}

	/** The shared elements and the most central definition, as a first draft of the bi-regional wording. */
	private BiregionalForm draft(GlossaryTerm term, Coincidences.Result result, Locale locale) {
		BiregionalForm form = new BiregionalForm();
		BiregionalDefinition existing = catalogue.biregional(term.getId()).orElse(null);
		if (existing != null) {
			Languages.ALL.forEach(l -> form.setText(l, existing.text(l)));
			form.setVersion(existing.getVersion());
		}
		String lang = Languages.of(locale);
		if (form.text(lang) == null && !result.definitions().isEmpty()) {
			CountryDefinition central = result.definitions().get(result.report().central());
			String shared = String.join("; ", result.report().keyPhrases().stream()
				.map(CoincidenceReport.KeyPhrase::text)
				.toList());
			form.setText(lang, (shared.isEmpty() ? "" : "[" + shared + "]\n\n")
					+ (central.getLanguage().equals(lang) ? central.getText() : ""));
		}
		return form;
	}

	static boolean secretariat(@Nullable AccountSummary account) {
		return account != null && (account.isAdmin() || account.role() == org.puente.accounts.Role.SECRETARIAT);
	}
}

package org.puente.glossary;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.i18n.Language;
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

	private final Glossary glossary;

	private final Accounts accounts;

	private final TermPage termPage;

	GlossaryController(Glossary glossary, Accounts accounts, TermPage termPage) {
		this.glossary = glossary;
		this.accounts = accounts;
		this.termPage = termPage;
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
			@RequestParam(defaultValue = "0.35") double threshold, Model model, Locale locale) {
		GlossaryTerm term = glossary.term(slug);
		if (threshold <= 0 || threshold >= 1 || k < 0 || k > 100) {
			throw new IllegalArgumentException("threshold in (0, 1), k in [0, 100]");
		}
		Coincidences.Result result = glossary.coincidences(term, k, threshold, Language.of(locale).code());
		model.addAttribute("term", term);
		model.addAttribute("report", result.report());
		model.addAttribute("definitions", result.definitions());
		model.addAttribute("mayEdit", accounts.current().map(GlossaryController::secretariat).orElse(false));
		DraftNote note = draft(term, result, locale, model);
		model.addAttribute("draftNote", note);
		model.addAttribute("threshold", threshold);
		return "glossary/coincidences";
	}

	/** What the draft below the analysis starts from, said as it is. */
	record DraftNote(String key, int shared, String country) {
	}

	/**
	 * A first draft of the bi-regional wording: the wording already proposed if there is one; otherwise the shared
	 * elements in brackets followed by the most representative definition, when it is in the reader's language.
	 */
	private DraftNote draft(GlossaryTerm term, Coincidences.Result result, Locale locale, Model model) {
		BiregionalForm form = new BiregionalForm();
		model.addAttribute("draft", form);
		BiregionalDefinition existing = glossary.biregional(term.getId()).orElse(null);
		String lang = Language.of(locale).code();
		if (existing != null && existing.hasText()) {
			Language.CODES.forEach(l -> form.setText(l, existing.text(l)));
			form.setVersion(existing.getVersion());
			return new DraftNote("glossary.coincidences.draftExisting", 0, "");
		}
		List<String> shared = result.report().keyPhrases().stream().map(CoincidenceReport.KeyPhrase::text).toList();
		CountryDefinition central = result.definitions().isEmpty() ? null
				: result.definitions().get(result.report().central());
		boolean centralFits = central != null && central.getLanguage().equals(lang);
		form.setText(lang, ((shared.isEmpty() ? "" : "[" + String.join("; ", shared) + "]")
				+ (centralFits ? (shared.isEmpty() ? "" : "\n\n") + central.getText() : "")).strip());
		String country = central == null ? "" : org.puente.directory.Countries.nameOf(central.getCountryIso2(), locale);
		if (centralFits) {
			return new DraftNote(shared.isEmpty() ? "glossary.coincidences.draftCentral"
					: "glossary.coincidences.draftSharedAndCentral", shared.size(), country);
		}
		return new DraftNote(shared.isEmpty() ? "glossary.coincidences.draftEmpty" : "glossary.coincidences.draftShared",
				shared.size(), country);
	}

	static boolean secretariat(@Nullable AccountSummary account) {
		return account != null && account.isSecretariatOrAdmin();
	}
}

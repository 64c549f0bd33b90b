package org.puente.glossary;

import java.util.List;
import java.util.Locale;

import org.puente.accounts.Accounts;
import org.puente.i18n.Language;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a term's coincidences page shows — the countries' definitions with what they share, and the draft of the
 * bi-regional wording — for its own request and when the draft was refused (the page comes back around the draft, with
 * what was typed and the reason).
 */
@Component
record CoincidencesPage(Glossary glossary, Accounts accounts) {

	String show(String slug, int k, double threshold, Model model, Locale locale) {
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
		if (!model.containsAttribute("draft")) { // a refused draft comes back as typed
			model.addAttribute("draft", form);
		}
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
}

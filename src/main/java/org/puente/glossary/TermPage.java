package org.puente.glossary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.directory.Conference;
import org.puente.i18n.Language;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a term's page shows, for its own request and when a form on it was refused (the page comes back around the
 * form, with what was typed and the reason): labels, the shared definition and where each conference stands on it,
 * the countries' definitions, the translations still missing, and the actions the reader may take now.
 */
@Component
class TermPage {

	static final String VIEW = "glossary/term";

	private final GlossaryCatalogue catalogue;

	private final GlossaryManagement management;

	private final Accounts accounts;

	TermPage(GlossaryCatalogue catalogue, GlossaryManagement management, Accounts accounts) {
		this.catalogue = catalogue;
		this.management = management;
		this.accounts = accounts;
	}

	/** Where one conference stands on the current wording: agreed or not yet, and since when. */
	record Standing(String conference, boolean agreed, @Nullable Instant since, @Nullable String by) {
	}

	String show(String slug, Model model, @Nullable BiregionalForm adoption) {
		GlossaryTerm term = catalogue.term(slug);
		AccountSummary reader = accounts.current().orElse(null);
		boolean member = reader != null;
		boolean secretariat = GlossaryController.secretariat(reader);
		model.addAttribute("term", term);
		model.addAttribute("languages4", Language.CODES);
		model.addAttribute("missingLanguages", Language.CODES.stream().filter(l -> term.label(l) == null).toList());
		model.addAttribute("member", member);
		BiregionalDefinition biregional = catalogue.biregional(term.getId()).orElse(null);
		boolean visible = biregional != null && (member || biregional.getStatus() == BiregionalStatus.ADOPTED);
		model.addAttribute("biregional", visible ? biregional : null);
		List<GlossaryManagement.Step> history = member ? management.history(term.getId()) : List.of();
		model.addAttribute("definitions", member ? catalogue.definitions(term.getId()) : List.of());
		model.addAttribute("history", history);
		model.addAttribute("standings", visible ? standings(biregional, history) : List.of());
		model.addAttribute("missingTexts", visible && biregional.getStatus() != BiregionalStatus.ADOPTED
				? Language.CODES.stream().filter(l -> biregional.text(l) == null).toList() : List.of());
		model.addAttribute("mayEdit", secretariat);
		model.addAttribute("admin", reader != null && reader.isAdmin());
		model.addAttribute("agreeFor", visible && secretariat ? conferencesToAgree(biregional, reader) : List.of());
		model.addAttribute("mayAdopt", visible && secretariat && biregional.mayBeAdopted());
		// after a refused adoption the form stays, with the reason and what was chosen, even if it cannot succeed now
		model.addAttribute("showAdoption", visible && secretariat
				&& (biregional.mayBeAdopted() || adoption != null && biregional.getStatus() != BiregionalStatus.ADOPTED));
		if (!model.containsAttribute("adoption")) {
			model.addAttribute("adoption", adoption != null ? adoption : new BiregionalForm());
		}
		return VIEW;
	}

	/** The conferences this reader may still record an agreement for: their own, or either for an administrator. */
	private static List<String> conferencesToAgree(BiregionalDefinition definition, AccountSummary reader) {
		if (definition.getStatus() == BiregionalStatus.ADOPTED || !definition.hasText()) {
			return List.of();
		}
		List<String> open = new ArrayList<>();
		for (String conference : Conference.codes(Conference.BOTH)) {
			if (GlossaryPolicy.mayAgreeFor(conference, reader) && !definition.agreedBy(conference)) {
				open.add(conference);
			}
		}
		return open;
	}

	/**
	 * Each conference's position on the wording as it stands: the agreements recorded since the last change of
	 * wording (a change sends the definition back to proposed), with who recorded them and when.
	 */
	static List<Standing> standings(BiregionalDefinition definition, List<GlossaryManagement.Step> history) {
		java.util.Map<String, GlossaryManagement.Step> agreedAt = new java.util.HashMap<>();
		for (GlossaryManagement.Step step : history) {
			String note = step.note() == null ? "" : step.note();
			if (step.status().equals("PROPOSED")) {
				agreedAt.clear();
			}
			else if (note.startsWith("agreed:")) {
				agreedAt.put(note.substring("agreed:".length()), step);
			}
			else if (step.status().startsWith("AGREED_") && !step.status().equals("AGREED_BOTH")) {
				agreedAt.put(step.status().substring("AGREED_".length()), step);
			}
			else if (step.status().equals("AGREED_BOTH")) {
				// the second agreement: it is the conference that had not agreed yet
				Conference other = agreedAt.containsKey(Conference.CRM.name()) ? Conference.CSM : Conference.CRM;
				agreedAt.putIfAbsent(other.name(), step);
			}
		}
		List<Standing> standings = new ArrayList<>();
		for (String conference : Conference.codes(Conference.BOTH)) {
			boolean agreed = definition.agreedBy(conference);
			GlossaryManagement.Step step = agreed ? agreedAt.get(conference) : null;
			standings.add(new Standing(conference, agreed, step == null ? null : step.at(),
					step == null ? null : step.actor()));
		}
		return standings;
	}
}

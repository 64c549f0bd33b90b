package org.puente.glossary;

import java.util.List;

import org.puente.accounts.AccountSummary;
import org.puente.home.HomePanel;
import org.puente.i18n.Messages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On a secretariat's home, the shared definitions waiting for its conference's agreement, or for adoption. */
@Component
class GlossaryHomePanels implements HomePanel {

	private final Glossary glossary;

	GlossaryHomePanels(Glossary glossary) {
		this.glossary = glossary;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Panel> panels(AccountSummary reader, Messages messages) {
		if (!GlossaryPolicy.keeps(reader)) {
			return List.of();
		}
		List<Item> items = glossary.pendingDefinitions()
			.stream()
			.filter(p -> p.definition().mayBeAdopted() || reader.isAdmin()
					|| !p.definition().agreedBy(String.valueOf(reader.processCode())))
			.limit(8)
			.map(p -> Item.titled(p.term().label(messages.locale()),
					p.term().labels().languageShown(messages.locale()).code(), "/glossary/" + p.term().getSlug(),
					messages.get("glossary.status." + p.definition().getStatus()),
					messages.get(p.definition().mayBeAdopted() ? "glossary.home.readyToAdopt"
							: "glossary.home.awaitsAgreement"), false))
			.toList();
		return List.of(new Panel("definitions-awaiting", 35, messages.get("glossary.home.heading"),
				items, messages.get("glossary.home.none"), "/glossary",
				messages.get("glossary.home.all")));
	}
}

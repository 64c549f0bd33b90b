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

	private final GlossaryCatalogue catalogue;

	private final BiregionalDefinitionRepository biregional;

	GlossaryHomePanels(GlossaryCatalogue catalogue, BiregionalDefinitionRepository biregional) {
		this.catalogue = catalogue;
		this.biregional = biregional;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Panel> panels(AccountSummary reader, Messages messages) {
		if (!GlossaryPolicy.keeps(reader)) {
			return List.of();
		}
		List<Item> items = catalogue.all()
			.stream()
			.map(term -> biregional.findById(term.getId())
				.filter(d -> d.hasText() && d.getStatus() != BiregionalStatus.ADOPTED)
				.filter(d -> d.mayBeAdopted() || reader.isAdmin() || !d.agreedBy(String.valueOf(reader.processCode())))
				.map(d -> new Item(term.label(messages.locale()), "/glossary/" + term.getSlug(),
						messages.get("glossary.status." + d.getStatus()),
						messages.get(d.mayBeAdopted() ? "glossary.home.readyToAdopt" : "glossary.home.awaitsAgreement"), false))
				.orElse(null))
			.filter(java.util.Objects::nonNull)
			.limit(8)
			.toList();
		return List.of(new Panel("definitions-awaiting", 35, messages.get("glossary.home.heading"),
				items, messages.get("glossary.home.none"), "/glossary",
				messages.get("glossary.home.all")));
	}
}

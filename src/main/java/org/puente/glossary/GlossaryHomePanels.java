package org.puente.glossary;

import java.util.List;
import java.util.Locale;

import org.puente.accounts.AccountSummary;
import org.puente.home.HomePanel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On a secretariat's home, the shared definitions waiting for its conference's agreement, or for adoption. */
@Component
class GlossaryHomePanels implements HomePanel {

	private final GlossaryCatalogue catalogue;

	private final BiregionalDefinitionRepository biregional;

	private final MessageSource messages;

	GlossaryHomePanels(GlossaryCatalogue catalogue, BiregionalDefinitionRepository biregional, MessageSource messages) {
		this.catalogue = catalogue;
		this.biregional = biregional;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Panel> panels(AccountSummary reader, Locale locale) {
		if (!GlossaryPolicy.keeps(reader)) {
			return List.of();
		}
		List<Item> items = catalogue.all()
			.stream()
			.map(term -> biregional.findById(term.getId())
				.filter(d -> d.hasText() && d.getStatus() != BiregionalStatus.ADOPTED)
				.filter(d -> d.mayBeAdopted() || reader.isAdmin() || !d.agreedBy(String.valueOf(reader.processCode())))
				.map(d -> new Item(term.label(locale), "/glossary/" + term.getSlug(),
						messages.getMessage("glossary.status." + d.getStatus(), null, locale),
						messages.getMessage(d.mayBeAdopted() ? "glossary.home.readyToAdopt" : "glossary.home.awaitsAgreement",
								null, locale), false))
				.orElse(null))
			.filter(java.util.Objects::nonNull)
			.limit(8)
			.toList();
		return List.of(new Panel("definitions-awaiting", 35, messages.getMessage("glossary.home.heading", null, locale),
				items, messages.getMessage("glossary.home.none", null, locale), "/glossary",
				messages.getMessage("glossary.home.all", null, locale)));
	}
}

package org.puente.experts;

import java.util.List;
import java.util.Locale;

import org.puente.accounts.AccountSummary;
import org.puente.home.HomePanel;
import org.puente.i18n.DateFormats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The nomination rounds that still need someone: open for proposals until their deadline, or waiting for a
 * decision or for the presidencies' approval — on the homes of secretariats and focal points.
 */
@Component
class ExpertsHomePanels implements HomePanel {

	private final Nominations nominations;

	private final MessageSource messages;

	ExpertsHomePanels(Nominations nominations, MessageSource messages) {
		this.nominations = nominations;
		this.messages = messages;
	}

	@Override
	public List<Panel> panels(AccountSummary reader, Locale locale) {
		if (!ExpertPolicy.mayEdit(reader)) {
			return List.of();
		}
		List<Item> items = nominations.rounds().stream()
			.filter(r -> !r.approved())
			.map(r -> nominations.view(r.id()))
			.filter(r -> r.open() || r.pending() > 0 || r.agreed() > 0)
			.map(r -> new Item(r.title(), "/experts/rounds/" + r.id(),
					r.open() ? null : messages.getMessage("experts.home.toApprove", null, locale),
					messages.getMessage("experts.home.detail", new Object[] { DateFormats.day(r.deadline(), locale),
							r.pending() }, locale), !r.open() && r.pending() > 0))
			.toList();
		return List.of(new Panel("expert-rounds", 35, messages.getMessage("experts.home.heading", null, locale), items,
				messages.getMessage("experts.home.none", null, locale), "/experts/rounds",
				messages.getMessage("experts.rounds.heading", null, locale)));
	}
}

package org.puente.experts;

import java.util.List;

import org.puente.i18n.Deadline;
import org.puente.accounts.AccountSummary;
import org.puente.home.HomePanel;
import org.puente.i18n.Messages;
import org.springframework.stereotype.Component;

/**
 * The nomination rounds that still need someone: open for proposals until their deadline, or waiting for a
 * decision or for the presidencies' approval — on the homes of secretariats and focal points.
 */
@Component
class ExpertsHomePanels implements HomePanel {

	private final Nominations nominations;

	ExpertsHomePanels(Nominations nominations) {
		this.nominations = nominations;
	}

	@Override
	public List<Panel> panels(AccountSummary reader, Messages messages) {
		if (!ExpertPolicy.mayEdit(reader)) {
			return List.of();
		}
		List<Item> items = nominations.rounds().stream()
			.filter(r -> !r.approved())
			.map(r -> nominations.view(r.id()))
			.filter(r -> r.open() || r.pending() > 0 || r.agreed() > 0)
			.map(r -> new Item("", "/experts/rounds/" + r.id(),
					r.open() ? null : messages.get("experts.home.toApprove"),
					messages.get("experts.home.detail", Deadline.shown(r.deadline(), messages.locale()), r.pending()),
					!r.open() && r.pending() > 0, r.title(), r.titleLanguage()))
			.toList();
		return List.of(new Panel("expert-rounds", 35, messages.get("experts.home.heading"), items,
				messages.get("experts.home.none"), "/experts/rounds",
				messages.get("experts.rounds.heading")));
	}
}

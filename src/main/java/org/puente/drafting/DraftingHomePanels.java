package org.puente.drafting;

import java.util.List;

import org.puente.i18n.Deadline;
import org.puente.accounts.AccountSummary;
import org.puente.home.HomePanel;
import org.puente.i18n.Messages;
import org.springframework.stereotype.Component;

/**
 * The amendment rounds open now, with their last day: on a secretariat's home those of its conference's texts (and
 * how many amendments wait for a decision), on a focal point's home every open round, since any member state may
 * propose.
 */
@Component
class DraftingHomePanels implements HomePanel {

	private final DraftingManagement drafting;

	DraftingHomePanels(DraftingManagement drafting) {
		this.drafting = drafting;
	}

	@Override
	public List<Panel> panels(AccountSummary reader, Messages messages) {
		if (!DraftingPolicy.followsRounds(reader)) {
			return List.of();
		}
		List<Item> items = drafting.openRounds(reader)
			.stream()
			.map(o -> Item.titled(o.text().title(messages.locale()),
					o.text().titles().languageShown(messages.locale()).code(), "/drafting/" + o.text().getId(), null,
					detail(o, messages), false))
			.toList();
		return List.of(new Panel("open-rounds", 30, messages.get("drafting.home.openRounds"), items,
				messages.get("drafting.home.none"), "/drafting", messages.get("drafting.board.heading")));
	}

	private static String detail(DraftingManagement.OpenRound round, Messages messages) {
		String lastDay = round.lastDay().map(day -> Deadline.shown(day, messages.locale())).orElse("");
		return messages.get("drafting.home.roundDetail", lastDay, round.openAmendments());
	}
}

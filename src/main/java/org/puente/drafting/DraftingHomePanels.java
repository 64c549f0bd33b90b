package org.puente.drafting;

import java.time.Instant;
import java.util.List;

import org.puente.accounts.AccountSummary;
import org.puente.home.HomePanel;
import org.puente.i18n.DateFormats;
import org.puente.i18n.Messages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The amendment rounds open now, with their last day: on a secretariat's home those of its conference's texts (and
 * how many amendments wait for a decision), on a focal point's home every open round, since any member state may
 * propose.
 */
@Component
class DraftingHomePanels implements HomePanel {

	private final RoundRepository rounds;

	private final TextRepository texts;

	private final AmendmentRepository amendments;

	private final Rounds schedule;

	DraftingHomePanels(RoundRepository rounds, TextRepository texts, AmendmentRepository amendments, Rounds schedule) {
		this.rounds = rounds;
		this.texts = texts;
		this.amendments = amendments;
		this.schedule = schedule;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Panel> panels(AccountSummary reader, Messages messages) {
		if (!DraftingPolicy.followsRounds(reader)) {
			return List.of();
		}
		Instant now = Instant.now();
		List<Item> items = rounds.findByClosedFalse()
			.stream()
			.filter(r -> r.isOpenAt(now))
			.map(r -> texts.findById(r.getTextId()).orElse(null))
			.filter(t -> t != null && DraftingPolicy.followsRoundOf(t, reader))
			.map(t -> new Item(t.title(messages.locale()), "/drafting/" + t.getId(), null, detail(t, messages), false))
			.toList();
		return List.of(new Panel("open-rounds", 30, messages.get("drafting.home.openRounds"), items,
				messages.get("drafting.home.none"), "/drafting", messages.get("drafting.board.heading")));
	}

	private String detail(DraftText text, Messages messages) {
		long open = amendments.findByTextIdOrderByCreatedAt(text.getId()).stream()
			.filter(a -> a.getStatus().isOpen())
			.count();
		String lastDay = schedule.current(text.getId())
			.map(r -> DateFormats.day(schedule.lastDay(r), messages.locale()))
			.orElse("");
		return messages.get("drafting.home.roundDetail", lastDay, open);
	}
}

package org.puente.drafting;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.puente.accounts.AccountSummary;
import org.puente.home.HomePanel;
import org.puente.i18n.DateFormats;
import org.springframework.context.MessageSource;
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

	private final MessageSource messages;

	DraftingHomePanels(RoundRepository rounds, TextRepository texts, AmendmentRepository amendments, Rounds schedule,
			MessageSource messages) {
		this.rounds = rounds;
		this.texts = texts;
		this.amendments = amendments;
		this.schedule = schedule;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Panel> panels(AccountSummary reader, Locale locale) {
		if (!DraftingPolicy.followsRounds(reader)) {
			return List.of();
		}
		Instant now = Instant.now();
		List<Item> items = rounds.findByClosedFalse()
			.stream()
			.filter(r -> r.isOpenAt(now))
			.map(r -> texts.findById(r.getTextId()).orElse(null))
			.filter(t -> t != null && DraftingPolicy.followsRoundOf(t, reader))
			.map(t -> new Item(t.title(locale), "/drafting/" + t.getId(), null, detail(t, locale), false))
			.toList();
		return List.of(new Panel("open-rounds", 30, text("drafting.home.openRounds", locale), items,
				text("drafting.home.none", locale), "/drafting", text("drafting.board.heading", locale)));
	}

	private String detail(DraftText text, Locale locale) {
		long open = amendments.findByTextIdOrderByCreatedAt(text.getId()).stream()
			.filter(a -> a.getStatus().isOpen())
			.count();
		String lastDay = schedule.current(text.getId()).map(r -> DateFormats.day(schedule.lastDay(r), locale)).orElse("");
		return messages.getMessage("drafting.home.roundDetail", new Object[] { lastDay, open }, locale);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}

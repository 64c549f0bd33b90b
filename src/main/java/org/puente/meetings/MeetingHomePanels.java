package org.puente.meetings;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.puente.accounts.AccountSummary;
import org.puente.home.HomePanel;
import org.puente.i18n.Messages;
import org.springframework.stereotype.Component;

/**
 * On every home, the next meetings: a focal point's country's own first (those it takes part in, or of its
 * conference), a secretariat's and an observer's as the calendar lists them.
 */
@Component
class MeetingHomePanels implements HomePanel {

	private static final int SHOWN = 5;

	private final Meetings meetings;

	private final Clock clock;

	MeetingHomePanels(Meetings meetings, Clock clock) {
		this.clock = clock;
		this.meetings = meetings;
	}

	@Override
	public List<Panel> panels(AccountSummary reader, Messages messages) {
		List<MeetingSummary> upcoming = meetings.upcoming(50, Optional.of(reader));
		boolean ownCountry = MeetingPolicy.followsOwnCountry(reader);
		if (ownCountry) {
			List<MeetingSummary> theirs = meetings.upcomingFor(reader);
			if (!theirs.isEmpty()) {
				upcoming = theirs;
			}
		}
		List<Item> items = upcoming.stream()
			.limit(SHOWN)
			.map(m -> Item.titled(m.title(messages.locale()), m.titleLanguageShown(messages.locale()), "/meetings/" + m.id(),
					messages.get("meetings.status." + m.shownStatus(java.time.LocalDate.now(clock))),
					m.when(messages.locale()) + (m.city() == null ? "" : " · " + m.city()), false))
			.toList();
		return List.of(new Panel("upcoming-meetings", 15,
				messages.get(ownCountry ? "meetings.home.next" : "meetings.home.upcoming"),
				items, messages.get("meetings.home.none"), "/meetings",
				messages.get("meetings.home.calendar")));
	}
}

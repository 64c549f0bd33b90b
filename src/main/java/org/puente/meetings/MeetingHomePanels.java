package org.puente.meetings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.puente.accounts.AccountSummary;
import org.puente.home.HomePanel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On every home, the next meetings: a focal point's country's own first (those it takes part in, or of its
 * conference), a secretariat's and an observer's as the calendar lists them.
 */
@Component
class MeetingHomePanels implements HomePanel {

	private static final int SHOWN = 5;

	private final Meetings meetings;

	private final MessageSource messages;

	MeetingHomePanels(Meetings meetings, MessageSource messages) {
		this.meetings = meetings;
		this.messages = messages;
	}

	@Override
	public List<Panel> panels(AccountSummary reader, Locale locale) {
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
			.map(m -> new Item(m.title(locale), "/meetings/" + m.id(),
					messages.getMessage("meetings.status." + m.shownStatus(), null, locale),
					m.when(locale) + (m.city() == null ? "" : " · " + m.city()), false))
			.toList();
		return List.of(new Panel("upcoming-meetings", 15,
				messages.getMessage(ownCountry ? "meetings.home.next" : "meetings.home.upcoming",
						null, locale),
				items, messages.getMessage("meetings.home.none", null, locale), "/meetings",
				messages.getMessage("meetings.home.calendar", null, locale)));
	}
}

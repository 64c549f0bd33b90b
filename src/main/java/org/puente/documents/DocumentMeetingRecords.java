package org.puente.documents;

import java.util.List;
import java.util.Locale;

import org.puente.accounts.Accounts;
import org.puente.i18n.DateFormats;
import org.puente.meetings.MeetingRecords;
import org.puente.meetings.MeetingSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** On a meeting's page, the documents filed under it that the reader may see (minutes, inputs, annexes). */
@Component
class DocumentMeetingRecords implements MeetingRecords {

	private final Documents documents;

	private final Accounts accounts;

	private final MessageSource messages;

	DocumentMeetingRecords(Documents documents, Accounts accounts, MessageSource messages) {
		this.documents = documents;
		this.accounts = accounts;
		this.messages = messages;
	}

	@Override
	public List<Group> about(MeetingSummary meeting, Locale locale) {
		List<Item> items = documents.forMeeting(meeting.id(), accounts.current())
			.stream()
			.map(d -> new Item(d.title(locale), d.url(), messages.getMessage("documents.kind." + d.kind(), null, locale),
					DateFormats.day(d.date(), locale)))
			.toList();
		return List.of(new Group(messages.getMessage("documents.meeting.heading", null, locale), items, 30));
	}
}

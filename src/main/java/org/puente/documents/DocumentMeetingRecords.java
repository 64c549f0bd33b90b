package org.puente.documents;

import java.util.List;

import org.puente.accounts.Accounts;
import org.puente.i18n.DateFormats;
import org.puente.i18n.Messages;
import org.puente.meetings.MeetingRecords;
import org.puente.meetings.MeetingSummary;
import org.springframework.stereotype.Component;

/** On a meeting's page, the documents filed under it that the reader may see (minutes, inputs, annexes). */
@Component
class DocumentMeetingRecords implements MeetingRecords {

	private final Documents documents;

	private final Accounts accounts;

	DocumentMeetingRecords(Documents documents, Accounts accounts) {
		this.documents = documents;
		this.accounts = accounts;
	}

	@Override
	public List<Group> about(MeetingSummary meeting, Messages messages) {
		List<Item> items = documents.forMeeting(meeting.id(), accounts.current())
			.stream()
			.map(d -> new Item("", d.url(), messages.get("documents.kind." + d.kind()),
					DateFormats.day(d.date(), messages.locale()), d.title(messages.locale()),
					d.titleLanguage(messages.locale())))
			.toList();
		return List.of(new Group(messages.get("documents.meeting.heading"), items, 30));
	}
}

package org.puente.meetings;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.puente.accounts.AccountSummary;
import org.puente.directory.Conference;
import org.puente.search.SearchEntries;
import org.puente.search.SearchEntry;
import org.puente.search.SearchFacet;
import org.puente.search.SearchSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Meetings in the one search box: titles in four languages, agenda and city; kind, processes and year as facets.
 * Reserved meetings are found only by the conferences' members. Entries follow the meetings' events, in the
 * transaction that changed the meeting.
 */
@Component
class MeetingSearchSource extends SearchSource {

	private final MeetingRepository meetings;

	private final SearchEntries entries;

	MeetingSearchSource(MeetingRepository meetings, SearchEntries entries) {
		super("meeting", EnumSet.of(SearchFacet.KIND, SearchFacet.PROCESS, SearchFacet.YEAR));
		this.meetings = meetings;
		this.entries = entries;
	}

	@Override
	public Set<String> audiences(Optional<AccountSummary> reader) {
		return MeetingPolicy.readsReserved(reader)
				? EnumSet.allOf(MeetingVisibility.class).stream().map(Enum::name).collect(Collectors.toSet())
				: Set.of(MeetingVisibility.PUBLIC.name());
	}

	@Override
	public Stream<SearchEntry> entries() {
		return meetings.findAll().stream().map(MeetingSearchSource::entry);
	}

	@Override
	public Optional<String> labelKey(SearchFacet facet, String value) {
		return facet == SearchFacet.KIND ? Optional.of("meetings.kind." + value) : Optional.empty();
	}

	/** Puts the meeting's entry, in the transaction that saved it. */
	void index(Meeting meeting) {
		entries.put(entry(meeting));
	}

	@EventListener
	void on(MeetingScheduled scheduled) {
		meetings.findById(scheduled.meetingId()).ifPresent(this::index);
	}

	@EventListener
	void on(MeetingChanged changed) {
		meetings.findById(changed.meetingId()).ifPresent(this::index);
	}

	@EventListener
	void on(MeetingCancelled cancelled) {
		meetings.findById(cancelled.meetingId()).ifPresent(this::index);
	}

	@EventListener
	void on(MeetingDeleted deleted) {
		entries.remove(type(), deleted.meetingId().toString());
	}

	private static SearchEntry entry(Meeting m) {
		String id = m.getId().toString();
		// the agenda and the place are written in Spanish in the demo and most of the time
		return SearchEntry.builder("meeting", id, "/meetings/" + id)
			.audience(m.getVisibility().name())
			.title("es", m.getTitleEs())
			.title("en", m.getTitleEn())
			.title("pt", m.getTitlePt())
			.title("fr", m.getTitleFr())
			.text("es", m.getAgenda())
			.text("es", m.getCity())
			.kind(m.getKind().name())
			.processes(Conference.codes(m.getProcesses()))
			.date(m.getStartDate())
			.build();
	}
}

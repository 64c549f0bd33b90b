package org.puente.meetings;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.directory.Conference;

/** A meeting's state at one moment: compared to tell what an edit changed, and stored in the audit log. */
record MeetingSnapshot(String titleEs, @Nullable String titleEn, @Nullable String titlePt, @Nullable String titleFr,
		MeetingKind kind, Set<Conference> processes, Set<String> bodies, @Nullable UUID hostMeetingId,
		@Nullable HostRelation hostRelation, MeetingDates dates, MeetingPlace place, MeetingStatus status,
		MeetingVisibility visibility, Set<String> participantCountries, Set<String> participantOrganisations,
		Set<String> participantPeople, @Nullable String agenda, List<String> attachments) {

	/** What an edit changed from this state to the next: dates, place, status, or else any other detail. */
	Set<MeetingChange> changesTo(MeetingSnapshot now) {
		Set<MeetingChange> changes = EnumSet.noneOf(MeetingChange.class);
		if (!now.dates().equals(dates)) {
			changes.add(MeetingChange.DATES);
		}
		if (!now.place().equals(place)) {
			changes.add(MeetingChange.PLACE);
		}
		if (now.status() != status) {
			changes.add(MeetingChange.STATUS);
		}
		if (changes.isEmpty() && !now.equals(this)) {
			changes.add(MeetingChange.DETAILS);
		}
		return changes;
	}
}

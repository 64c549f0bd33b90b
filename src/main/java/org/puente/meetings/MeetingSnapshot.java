package org.puente.meetings;

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
}

package org.puente.meetings;

import java.util.Set;
import java.util.UUID;

/** A meeting was changed; {@code changes} says what (dates, place, status, other details). */
public record MeetingChanged(UUID meetingId, Set<MeetingChange> changes, int sequence) {

	/** Whether the participants and subscribers should get a notice with the new calendar entry. */
	public boolean isNotified() {
		return changes.stream().anyMatch(MeetingChange::isNotified);
	}
}

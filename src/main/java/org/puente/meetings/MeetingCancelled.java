package org.puente.meetings;

import java.util.UUID;

/** A meeting was cancelled; calendars receive a METHOD:CANCEL. */
public record MeetingCancelled(UUID meetingId, int sequence) {
}

package org.puente.meetings;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.puente.audit.AuditableEvent;
import org.puente.audit.AuditedChange;
import org.puente.directory.Conference;

/** A meeting was put on the calendar. */
public record MeetingScheduled(UUID meetingId, LocalDate startsOn, Set<Conference> processes, AuditedChange audited)
		implements AuditableEvent {
}

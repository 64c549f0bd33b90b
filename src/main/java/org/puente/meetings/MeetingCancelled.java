package org.puente.meetings;

import java.util.UUID;

import org.puente.audit.AuditableEvent;
import org.puente.audit.AuditedChange;

/** A meeting was cancelled; calendars receive a METHOD:CANCEL. */
public record MeetingCancelled(UUID meetingId, int sequence, AuditedChange audited) implements AuditableEvent {
}

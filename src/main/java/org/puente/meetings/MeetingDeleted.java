package org.puente.meetings;

import java.util.UUID;

import org.puente.audit.AuditableEvent;
import org.puente.audit.AuditedChange;

/** A meeting entered by mistake was removed. */
public record MeetingDeleted(UUID meetingId, AuditedChange audited) implements AuditableEvent {
}

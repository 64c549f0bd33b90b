package org.puente.meetings;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.audit.AuditableEvent;
import org.puente.audit.AuditedChange;

/** An account started following a meeting (or changed its reminder), or stopped following it. */
public record MeetingFollowed(UUID meetingId, UUID accountId, boolean follows, @Nullable Integer reminderDays,
		AuditedChange audited) implements AuditableEvent {
}

package org.puente.documents;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.audit.AuditableEvent;
import org.puente.audit.AuditedChange;

/** A bi-regional input moved in its workflow (e.g. approved in plenary at a meeting). */
public record InputMoved(UUID documentId, InputState from, InputState to, @Nullable UUID meetingId,
		AuditedChange audited) implements AuditableEvent {
}

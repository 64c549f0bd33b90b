package org.puente.documents;

import java.util.UUID;

import org.puente.audit.AuditableEvent;
import org.puente.audit.AuditedChange;

/** A member commented on a document (an input under discussion). */
public record DocumentCommented(UUID documentId, AuditedChange audited) implements AuditableEvent {
}

package org.puente.documents;

import java.util.UUID;

import org.puente.audit.AuditableEvent;
import org.puente.audit.AuditedChange;

/** A new version of a document was stored; its text is extracted and indexed in the background. */
public record DocumentVersionUploaded(UUID documentId, int number, AuditedChange audited) implements AuditableEvent {
}

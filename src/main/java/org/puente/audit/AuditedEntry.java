package org.puente.audit;

/** One stored audit entry as a module's {@link AuditWording} reads it: what was done to which record, as written. */
public record AuditedEntry(long id, AuditAction action, AuditedEntity entity, String entityId, String stored) {
}

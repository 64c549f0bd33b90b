package org.puente.audit;

/**
 * A module's past-tense event (a meeting scheduled, a term adopted, a document version uploaded…) that the audit
 * trail records. The trail listens synchronously, in the transaction that publishes the event: a change rolled back
 * leaves no entry, and an entry that cannot be written rolls the change back. A record implements it with a last
 * component {@code AuditedChange audited}.
 */
public interface AuditableEvent {

	/** The entry this event writes in the audit trail. */
	AuditedChange audited();
}

package org.puente.flows;

import java.util.UUID;

import org.puente.audit.AuditableEvent;
import org.puente.audit.AuditedChange;

/** What happens to the flow counts, in the past tense (the audit trail records each one). */
public final class FlowEvents {

	private FlowEvents() {
	}

	/** A country's weekly counts were imported, or a revision replaced them. */
	public record FlowCountsSubmitted(UUID submissionId, String country, int revision, AuditedChange audited)
			implements AuditableEvent {
	}

	/** Someone answerable for an alert acknowledged it, with notes. */
	public record FlowAlertAcknowledged(UUID alertId, AuditedChange audited) implements AuditableEvent {
	}
}

package org.puente.practices;

import java.util.UUID;

import org.puente.audit.AuditableEvent;
import org.puente.audit.AuditedChange;

/** What happens to good practices and their rankings, in the past tense (the audit trail records each one). */
public final class PracticeEvents {

	private PracticeEvents() {
	}

	/** A country entered a practice or corrected it. */
	public record PracticeSaved(UUID practiceId, AuditedChange audited) implements AuditableEvent {
	}

	/** A practice moved in its review: submitted, sent back for changes, published. */
	public record PracticeReviewed(UUID practiceId, PracticeStatus status, AuditedChange audited)
			implements AuditableEvent {
	}

	/** A country ranked a thematic session's practices. */
	public record PracticesRanked(UUID rankingId, AuditedChange audited) implements AuditableEvent {
	}
}

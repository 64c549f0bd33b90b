package org.puente.agreements;

import java.util.UUID;

import org.puente.audit.AuditableEvent;
import org.puente.audit.AuditedChange;

/**
 * What happens to agreements and to the minutes reviewed for them, as past-tense events (the audit trail records
 * each one). {@link AgreementsConfirmed} and {@link AgreementStatusChanged} stand on their own: other listeners
 * use them.
 */
public final class AgreementEvents {

	private AgreementEvents() {
	}

	/** Someone reported progress on an agreement without changing its status. */
	public record AgreementProgressReported(UUID agreementId, AuditedChange audited) implements AuditableEvent {
	}

	/** An account started or stopped following an agreement. */
	public record AgreementFollowed(UUID agreementId, UUID accountId, boolean follows, AuditedChange audited)
			implements AuditableEvent {
	}

	/** A meeting's minutes were uploaded and their proposed agreements await review. */
	public record MinutesUploadedForReview(UUID reviewId, AuditedChange audited) implements AuditableEvent {
	}

	/** A review's proposed agreements were corrected (edited, split, merged, deleted). */
	public record ReviewEdited(UUID reviewId, AuditedChange audited) implements AuditableEvent {
	}

	/** A review was dropped, by hand or because a new version of the minutes replaced it. */
	public record ReviewDiscarded(UUID reviewId, AuditedChange audited) implements AuditableEvent {
	}
}

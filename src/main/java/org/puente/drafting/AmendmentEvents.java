package org.puente.drafting;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.audit.AuditableEvent;
import org.puente.audit.AuditedChange;

/** What the drafting capability tells the others, in the past tense (the audit trail records each one). */
public final class AmendmentEvents {

	private AmendmentEvents() {
	}

	/** A country or a conference proposed an amendment to a paragraph of a text. */
	public record AmendmentProposed(UUID textId, UUID amendmentId, String proponent, boolean late,
			AuditedChange audited) implements AuditableEvent {
	}

	/** The proponent rewrote an amendment against the paragraph's newer wording. */
	public record AmendmentRebased(UUID amendmentId, AuditedChange audited) implements AuditableEvent {
	}

	/** A country started or stopped supporting another's amendment. */
	public record AmendmentSupported(UUID amendmentId, String country, boolean supports, AuditedChange audited)
			implements AuditableEvent {
	}

	/** A member commented on an amendment (or answered a comment). */
	public record AmendmentCommented(UUID amendmentId, UUID commentId, AuditedChange audited)
			implements AuditableEvent {
	}

	/** The proponent withdrew an amendment. */
	public record AmendmentWithdrawn(UUID amendmentId, AuditedChange audited) implements AuditableEvent {
	}

	/** A secretariat or a plenary accepted, rejected or merged an amendment. */
	public record AmendmentDecided(UUID textId, UUID amendmentId, AmendmentStatus outcome,
			@Nullable UUID meetingId, AuditedChange audited) implements AuditableEvent {
	}

	/** A plenary approved the final text, now a version of a document in the repository. */
	public record TextApproved(UUID textId, UUID documentId, @Nullable UUID meetingId, LocalDate approvedOn,
			AuditedChange audited) implements AuditableEvent {
	}

	/** The approved text was submitted (to the conference or the UN), under a reference. */
	public record TextSubmitted(UUID textId, String reference, AuditedChange audited) implements AuditableEvent {
	}
}

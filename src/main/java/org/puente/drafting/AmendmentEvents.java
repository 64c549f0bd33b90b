package org.puente.drafting;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What the drafting capability tells the others, in the past tense. */
public final class AmendmentEvents {

	private AmendmentEvents() {
	}

	/** A country or a conference proposed an amendment to a paragraph of a text. */
	public record AmendmentProposed(UUID textId, UUID amendmentId, String proponent, boolean late) {
	}

	/** A secretariat or a plenary accepted, rejected or merged an amendment. */
	public record AmendmentDecided(UUID textId, UUID amendmentId, AmendmentStatus outcome,
			@Nullable UUID meetingId) {
	}

	/** A plenary approved the final text, now a version of a document in the repository. */
	public record TextApproved(UUID textId, UUID documentId, @Nullable UUID meetingId, LocalDate approvedOn) {
	}
}

package org.puente.agreements;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/** A progress note on an agreement, with a link to the evidence and the status change it reported. */
@Entity
class AgreementUpdate {

	@Id
	private UUID id;

	private UUID agreementId;

	private String note;

	private @Nullable String evidenceUrl;

	@Enumerated(EnumType.STRING)
	private @Nullable AgreementStatus statusFrom;

	@Enumerated(EnumType.STRING)
	private @Nullable AgreementStatus statusTo;

	private @Nullable UUID authorId;

	private String authorName;

	private Instant createdAt;

	protected AgreementUpdate() {
	}

	AgreementUpdate(UUID agreementId, String note, @Nullable String evidenceUrl, @Nullable AgreementStatus statusFrom,
			@Nullable AgreementStatus statusTo, @Nullable UUID authorId, String authorName, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.agreementId = agreementId;
		this.note = note;
		this.evidenceUrl = evidenceUrl;
		this.statusFrom = statusFrom;
		this.statusTo = statusTo;
		this.authorId = authorId;
		this.authorName = authorName;
		this.createdAt = createdAt;
	}

	AgreementSummary.Progress progress() {
		return new AgreementSummary.Progress(note, evidenceUrl, statusFrom, statusTo, authorName, createdAt);
	}
}

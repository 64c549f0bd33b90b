package org.puente.consultations;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;

/** One country's answer to a consultation as a whole: pending, being written, submitted (and maybe reopened). */
@Entity
class ConsultationResponse {

	@Id
	private UUID id = UUID.randomUUID();

	private UUID consultationId;

	private String countryIso2 = "";

	@Enumerated(EnumType.STRING)
	private ResponseStatus status = ResponseStatus.PENDING;

	private @Nullable Instant submittedAt;

	private @Nullable String submittedBy;

	private boolean late;

	private @Nullable Instant remindedAt;

	private @Nullable Instant reopenedAt;

	@Version
	private long version;

	protected ConsultationResponse() {
		this.consultationId = UUID.randomUUID();
	}

	ConsultationResponse(UUID consultationId, String countryIso2) {
		this.consultationId = consultationId;
		this.countryIso2 = countryIso2;
	}

	void requireOpen() {
		if (status == ResponseStatus.SUBMITTED) {
			throw new RefusedException(RefusalKind.CONFLICT, "consultations.answer.alreadySubmitted");
		}
	}

	void started() {
		requireOpen();
		status = ResponseStatus.DRAFT;
	}

	/** Submitted at {@code at}, read from the application's clock like the lateness it decides. */
	void submit(String by, Instant at, boolean late) {
		requireOpen();
		this.status = ResponseStatus.SUBMITTED;
		this.submittedAt = at;
		this.submittedBy = by;
		this.late = late;
	}

	/** For answers received before Puente: when they actually arrived. */
	void submittedOn(String by, Instant at, boolean late) {
		submit(by, at, late);
	}

	void reopen(Instant at) {
		if (status != ResponseStatus.SUBMITTED) {
			throw new RefusedException(RefusalKind.CONFLICT, "consultations.reopen.notSubmitted");
		}
		status = ResponseStatus.DRAFT;
		reopenedAt = at;
	}

	void reminded(Instant at) {
		remindedAt = at;
	}

	public UUID getId() { return id; }
	public UUID getConsultationId() { return consultationId; }
	public String getCountryIso2() { return countryIso2; }
	public ResponseStatus getStatus() { return status; }
	public @Nullable Instant getSubmittedAt() { return submittedAt; }
	public @Nullable String getSubmittedBy() { return submittedBy; }
	public boolean isLate() { return late; }
	public @Nullable Instant getRemindedAt() { return remindedAt; }
	public @Nullable Instant getReopenedAt() { return reopenedAt; }
	public boolean isSubmitted() { return status == ResponseStatus.SUBMITTED; }
}

package org.puente.drafting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A period in which countries and conferences propose amendments to a text, closing at a deadline. */
@Entity
@Table(name = "drafting_round")
class AmendmentRound {

	@Id
	private UUID id;

	private UUID textId;

	private LocalDate opensOn = LocalDate.EPOCH;

	private Instant closesAt = Instant.EPOCH;

	@Enumerated(EnumType.STRING)
	private LatePolicy latePolicy = LatePolicy.REFUSE;

	private boolean closed;

	private boolean reminded;

	private String openedBy = "";

	protected AmendmentRound() {
		this.id = UUID.randomUUID();
		this.textId = id;
	}

	AmendmentRound(UUID textId, LocalDate opensOn, Instant closesAt, LatePolicy latePolicy, String openedBy) {
		this.id = UUID.randomUUID();
		this.textId = textId;
		this.opensOn = opensOn;
		this.closesAt = closesAt;
		this.latePolicy = latePolicy;
		this.openedBy = openedBy;
	}

	/** Open: not closed by hand and its deadline not yet passed. */
	public boolean isOpenAt(Instant now) {
		return !closed && now.isBefore(closesAt);
	}

	void close() {
		closed = true;
	}

	void markReminded() {
		reminded = true;
	}

	public UUID getId() {
		return id;
	}

	public UUID getTextId() {
		return textId;
	}

	public Instant getClosesAt() {
		return closesAt;
	}

	public LatePolicy getLatePolicy() {
		return latePolicy;
	}

	public boolean isClosed() {
		return closed;
	}

	public boolean isReminded() {
		return reminded;
	}

}

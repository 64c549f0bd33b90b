package org.puente.experts;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A nomination a round refused, and why: kept so that both secretariats see what did not get in. */
@Entity
@Table(name = "experts_refusal")
class NominationRefusal {

	@Id
	private UUID id = UUID.randomUUID();

	private UUID roundId = id;

	private @Nullable UUID expertId;

	private int session;

	private String conference = "";

	private String countryIso2 = "";

	private String reasonKey = "";

	private String refusedBy = "";

	private LocalDate refusedOn = LocalDate.EPOCH;

	protected NominationRefusal() {
	}

	NominationRefusal(UUID roundId, @Nullable UUID expertId, int session, String conference, String countryIso2,
			String reasonKey, String refusedBy, LocalDate refusedOn) {
		this.roundId = roundId;
		this.expertId = expertId;
		this.session = session;
		this.conference = conference;
		this.countryIso2 = countryIso2;
		this.reasonKey = reasonKey;
		this.refusedBy = refusedBy;
		this.refusedOn = refusedOn;
	}

	UUID getRoundId() { return roundId; }
	@Nullable UUID getExpertId() { return expertId; }
	int getSession() { return session; }
	String getConference() { return conference; }
	String getCountryIso2() { return countryIso2; }
	String getReasonKey() { return reasonKey; }
	String getRefusedBy() { return refusedBy; }
	LocalDate getRefusedOn() { return refusedOn; }
}

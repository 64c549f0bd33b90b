package org.puente.experts;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;

/** A member state's proposal of an expert for a thematic session, on behalf of its conference. */
@Entity
@Table(name = "experts_nomination")
class Nomination {

	@Id
	private UUID id = UUID.randomUUID();

	private UUID roundId = id;

	private UUID expertId = id;

	private int session;

	private String conference = "";

	private String countryIso2 = "";

	@Enumerated(EnumType.STRING)
	private NominationStatus status = NominationStatus.PROPOSED;

	private @Nullable String reason;

	private String proposedBy = "";

	private LocalDate proposedOn = LocalDate.EPOCH;

	private @Nullable String decidedBy;

	private @Nullable LocalDate decidedOn;

	/** The sessions the expert had named ("4 6") when proposed for another one: the round's warning; else null. */
	private @Nullable String sessionsNamed;

	@Version
	private long version;

	protected Nomination() {
	}

	Nomination(UUID roundId, UUID expertId, int session, String conference, String countryIso2, String proposedBy,
			LocalDate proposedOn) {
		this.roundId = roundId;
		this.expertId = expertId;
		this.session = session;
		this.conference = conference;
		this.countryIso2 = countryIso2;
		this.proposedBy = proposedBy;
		this.proposedOn = proposedOn;
	}

	/**
	 * Marks a proposal for a session the expert did not name: not refused (the conferences may allow it), but said to
	 * whoever decides, with the sessions she named (late walk-through #23).
	 */
	void warnIfOutside(List<Integer> named) {
		if (outside(named, session)) {
			sessionsNamed = String.join(" ", named.stream().map(String::valueOf).toList());
		}
	}

	/** Whether a session is outside those an expert named (none named: any session is hers). */
	static boolean outside(List<Integer> named, int session) {
		return !named.isEmpty() && !named.contains(session);
	}

	void decide(NominationStatus outcome, @Nullable String reason, String by, LocalDate on) {
		if (status != NominationStatus.PROPOSED) {
			throw new RefusedException(RefusalKind.CONFLICT, "experts.decide.notProposed");
		}
		if (outcome != NominationStatus.AGREED && outcome != NominationStatus.DECLINED) {
			throw new RefusedException(RefusalKind.MALFORMED, "experts.decide.outcome");
		}
		status = outcome;
		this.reason = reason;
		decidedBy = by;
		decidedOn = on;
	}

	void withdraw(String by, LocalDate on) {
		if (!status.active()) {
			throw new RefusedException(RefusalKind.CONFLICT, "experts.withdraw.notActive");
		}
		status = NominationStatus.WITHDRAWN;
		decidedBy = by;
		decidedOn = on;
	}

	UUID getId() { return id; }
	UUID getRoundId() { return roundId; }
	UUID getExpertId() { return expertId; }
	int getSession() { return session; }
	String getConference() { return conference; }
	String getCountryIso2() { return countryIso2; }
	NominationStatus getStatus() { return status; }
	@Nullable String getReason() { return reason; }
	String getProposedBy() { return proposedBy; }
	LocalDate getProposedOn() { return proposedOn; }
	@Nullable String getDecidedBy() { return decidedBy; }
	@Nullable LocalDate getDecidedOn() { return decidedOn; }
	long getVersion() { return version; }
	@Nullable String getSessionsNamed() { return sessionsNamed; }
}

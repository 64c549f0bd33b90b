package org.puente.experts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.puente.directory.Conference;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;

/**
 * A nomination round for one or more thematic sessions: a quota of experts per session and conference, the last
 * day for proposals, and the approval of the joint list by each conference's pro tempore presidency.
 */
@Entity
@Table(name = "experts_round")
class NominationRound {

	@Id
	private UUID id = UUID.randomUUID();

	private String title = "";

	/** The language the title is written in (a code of i18n.Language): the opener's page's. */
	private String titleLanguage = "es";

	private String sessions = "";

	private int quota;

	private LocalDate deadline = LocalDate.EPOCH;

	private @Nullable String approvedCrmBy;

	private @Nullable LocalDate approvedCrmOn;

	private @Nullable String approvedCrmCountry;

	private @Nullable String approvedCsmBy;

	private @Nullable LocalDate approvedCsmOn;

	private @Nullable String approvedCsmCountry;

	private String createdBy = "";

	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected NominationRound() {
	}

	NominationRound(String title, String titleLanguage, List<Integer> sessions, int quota, LocalDate deadline,
			String createdBy) {
		this.title = title;
		this.titleLanguage = titleLanguage;
		this.sessions = String.join(" ", sessions.stream().sorted().map(String::valueOf).toList());
		this.quota = quota;
		this.deadline = deadline;
		this.createdBy = createdBy;
	}

	List<Integer> sessionList() {
		return Arrays.stream(sessions.split("\\s+")).filter(s -> !s.isBlank()).map(Integer::valueOf).toList();
	}

	boolean approvedBy(String conference) {
		return Conference.CRM.name().equals(conference) ? approvedCrmOn != null : approvedCsmOn != null;
	}

	/** Once a presidency has approved, the list is what both approve: no more proposals or decisions. */
	void requireUnapproved() {
		if (approvedCrmOn != null || approvedCsmOn != null) {
			throw new RefusedException(RefusalKind.CONFLICT, "experts.round.approved");
		}
	}

	void approve(String conference, String by, LocalDate on, String country) {
		if (approvedBy(conference)) {
			throw new RefusedException(RefusalKind.CONFLICT, "experts.approve.already", conference);
		}
		if (Conference.CRM.name().equals(conference)) {
			approvedCrmBy = by;
			approvedCrmOn = on;
			approvedCrmCountry = country;
		}
		else {
			approvedCsmBy = by;
			approvedCsmOn = on;
			approvedCsmCountry = country;
		}
	}

	UUID getId() { return id; }
	String getTitle() { return title; }
	String getTitleLanguage() { return titleLanguage; }
	int getQuota() { return quota; }
	LocalDate getDeadline() { return deadline; }
	@Nullable LocalDate getApprovedCrmOn() { return approvedCrmOn; }
	@Nullable LocalDate getApprovedCsmOn() { return approvedCsmOn; }
	@Nullable String getApprovedCrmCountry() { return approvedCrmCountry; }
	@Nullable String getApprovedCsmCountry() { return approvedCsmCountry; }
	long getVersion() { return version; }
}

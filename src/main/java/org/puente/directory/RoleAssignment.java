package org.puente.directory;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * Who held a role in which period: "El Salvador holds the PPT of the CRM in 2017", "Panamá is the CRM's focal point
 * towards the CSM from 11 May 2017". Roles are never overwritten, only closed, so the directory can answer for any
 * date.
 */
@Entity
class RoleAssignment {

	@Id
	private UUID id = UUID.randomUUID();

	@Enumerated(EnumType.STRING)
	private RoleKind kind = RoleKind.FOCAL_POINT;

	private String processCode = "";

	private @Nullable String countryIso2;

	private @Nullable UUID personId;

	private @Nullable UUID organisationId;

	private @Nullable String topic;

	/** For troika seats: outgoing, current or incoming. */
	private @Nullable String seat;

	private LocalDate startsOn = LocalDate.now();

	private @Nullable LocalDate endsOn;

	@Version
	private long version;

	protected RoleAssignment() {
	}

	RoleAssignment(RoleKind kind, String processCode, LocalDate startsOn) {
		this.kind = kind;
		this.processCode = processCode;
		this.startsOn = startsOn;
	}

	/** Which role, of which conference, who holds it (a country, a person, an organisation) and for how long. */
	record Terms(RoleKind kind, String processCode, @Nullable String countryIso2, @Nullable UUID personId,
			@Nullable UUID organisationId, @Nullable String topic, @Nullable String seat, LocalDate startsOn,
			@Nullable LocalDate endsOn) {
	}

	void define(Terms terms) {
		this.kind = terms.kind();
		this.processCode = terms.processCode();
		this.countryIso2 = terms.countryIso2();
		this.personId = terms.personId();
		this.organisationId = terms.organisationId();
		this.topic = terms.topic();
		this.seat = terms.seat();
		this.startsOn = terms.startsOn();
		this.endsOn = terms.endsOn();
	}

	boolean heldOn(LocalDate day) {
		return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
	}

	public UUID getId() { return id; }
	public RoleKind getKind() { return kind; }
	public String getProcessCode() { return processCode; }
	public @Nullable String getCountryIso2() { return countryIso2; }
	public @Nullable UUID getPersonId() { return personId; }
	public @Nullable UUID getOrganisationId() { return organisationId; }
	public @Nullable String getTopic() { return topic; }
	public @Nullable String getSeat() { return seat; }
	public LocalDate getStartsOn() { return startsOn; }
	public @Nullable LocalDate getEndsOn() { return endsOn; }
	public long getVersion() { return version; }
}

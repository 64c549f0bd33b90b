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

	boolean heldOn(LocalDate day) {
		return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
	}

	public UUID getId() { return id; }
	public RoleKind getKind() { return kind; }
	public void setKind(RoleKind kind) { this.kind = kind; }
	public String getProcessCode() { return processCode; }
	public void setProcessCode(String processCode) { this.processCode = processCode; }
	public @Nullable String getCountryIso2() { return countryIso2; }
	public void setCountryIso2(@Nullable String countryIso2) { this.countryIso2 = countryIso2; }
	public @Nullable UUID getPersonId() { return personId; }
	public void setPersonId(@Nullable UUID personId) { this.personId = personId; }
	public @Nullable UUID getOrganisationId() { return organisationId; }
	public void setOrganisationId(@Nullable UUID organisationId) { this.organisationId = organisationId; }
	public @Nullable String getTopic() { return topic; }
	public void setTopic(@Nullable String topic) { this.topic = topic; }
	public @Nullable String getSeat() { return seat; }
	public void setSeat(@Nullable String seat) { this.seat = seat; }
	public LocalDate getStartsOn() { return startsOn; }
	public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
	public @Nullable LocalDate getEndsOn() { return endsOn; }
	public void setEndsOn(@Nullable LocalDate endsOn) { this.endsOn = endsOn; }
	public long getVersion() { return version; }
}

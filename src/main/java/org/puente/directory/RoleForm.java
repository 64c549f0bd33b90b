package org.puente.directory;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.puente.web.CountryCode;
import org.springframework.format.annotation.DateTimeFormat;

/** What a secretariat types to record who holds a role from when to when. */
class RoleForm {

	@NotNull
	private RoleKind kind = RoleKind.FOCAL_POINT;

	@NotBlank
	@Pattern(regexp = "CRM|CSM")
	private String processCode = "CRM";

	@CountryCode
	private @Nullable String countryIso2;

	private @Nullable UUID personId;

	private @Nullable UUID organisationId;

	@Size(max = 300)
	private @Nullable String topic;

	@Pattern(regexp = "|outgoing|current|incoming")
	private @Nullable String seat;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate endsOn;

	private long version;

	@AssertTrue(message = "{directory.roles.form.endsBeforeStart}")
	public boolean isPeriodValid() {
		return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
	}

	@AssertTrue(message = "{directory.roles.form.holderMissing}")
	public boolean isHolderGiven() {
		return (countryIso2 != null && !countryIso2.isBlank()) || personId != null || organisationId != null;
	}

	static RoleForm of(RoleAssignment r) {
		RoleForm f = new RoleForm();
		f.kind = r.getKind();
		f.processCode = r.getProcessCode();
		f.countryIso2 = r.getCountryIso2();
		f.personId = r.getPersonId();
		f.organisationId = r.getOrganisationId();
		f.topic = r.getTopic();
		f.seat = r.getSeat();
		f.startsOn = r.getStartsOn();
		f.endsOn = r.getEndsOn();
		f.version = r.getVersion();
		return f;
	}

	void applyTo(RoleAssignment r) {
		r.define(new RoleAssignment.Terms(kind, processCode,
				countryIso2 == null || countryIso2.isBlank() ? null : countryIso2, personId, organisationId,
				topic == null || topic.isBlank() ? null : topic.strip(), seat == null || seat.isBlank() ? null : seat,
				java.util.Objects.requireNonNull(startsOn), endsOn));
	}

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
	public @Nullable LocalDate getStartsOn() { return startsOn; }
	public void setStartsOn(@Nullable LocalDate startsOn) { this.startsOn = startsOn; }
	public @Nullable LocalDate getEndsOn() { return endsOn; }
	public void setEndsOn(@Nullable LocalDate endsOn) { this.endsOn = endsOn; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
}

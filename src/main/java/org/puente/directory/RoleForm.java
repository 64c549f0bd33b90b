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

/** What a secretariat types to record who holds a role from when to when, bound through its constructor. */
record RoleForm(
		@NotNull RoleKind kind,
		@NotBlank @Pattern(regexp = "|CRM|CSM") String processCode,
		@CountryCode @Nullable String countryIso2,
		@Nullable UUID personId,
		@Nullable UUID organisationId,
		@Size(max = 300) @Nullable String topic,
		@Pattern(regexp = "|outgoing|current|incoming") @Nullable String seat,
		@NotNull @Nullable LocalDate startsOn,
		@Nullable LocalDate endsOn,
		Long version) {

	RoleForm {
		kind = kind == null ? RoleKind.FOCAL_POINT : kind;
		processCode = processCode == null ? "CRM" : processCode;
		version = version == null ? 0L : version;
	}

	/** A new role's form: a CRM focal point from {@code today}. */
	static RoleForm startingOn(LocalDate today) {
		return new RoleForm(RoleKind.FOCAL_POINT, "CRM", null, null, null, null, null, today, null, 0L);
	}

	@AssertTrue(message = "{directory.roles.form.endsBeforeStart}")
	public boolean isPeriodValid() {
		return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
	}

	@AssertTrue(message = "{directory.roles.form.holderMissing}")
	public boolean isHolderGiven() {
		return (countryIso2 != null && !countryIso2.isBlank()) || personId != null || organisationId != null;
	}

	static RoleForm of(RoleAssignment r) {
		return new RoleForm(r.getKind(), r.getProcessCode(), r.getCountryIso2(), r.getPersonId(),
				r.getOrganisationId(), r.getTopic(), r.getSeat(), r.getStartsOn(), r.getEndsOn(), r.getVersion());
	}

	void applyTo(RoleAssignment r) {
		r.define(new RoleAssignment.Terms(kind, processCode,
				countryIso2 == null || countryIso2.isBlank() ? null : countryIso2, personId, organisationId,
				topic == null || topic.isBlank() ? null : topic.strip(), seat == null || seat.isBlank() ? null : seat,
				java.util.Objects.requireNonNull(startsOn), endsOn));
	}
}

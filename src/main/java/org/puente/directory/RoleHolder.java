package org.puente.directory;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One holding of a role over a period. */
public record RoleHolder(UUID id, RoleKind kind, String processCode, @Nullable String countryIso2,
		@Nullable UUID personId, @Nullable UUID organisationId, @Nullable String topic, @Nullable String seat,
		LocalDate startsOn, @Nullable LocalDate endsOn, long version) {

	public boolean heldOn(LocalDate day) {
		return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
	}

	static RoleHolder of(RoleAssignment r) {
		return new RoleHolder(r.getId(), r.getKind(), r.getProcessCode(), r.getCountryIso2(), r.getPersonId(),
				r.getOrganisationId(), r.getTopic(), r.getSeat(), r.getStartsOn(), r.getEndsOn(), r.getVersion());
	}
}

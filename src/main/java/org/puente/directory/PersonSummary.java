package org.puente.directory;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A person as other capabilities see it (to list participants, address a notice, credit an author). */
public record PersonSummary(UUID id, String fullName, @Nullable String title, @Nullable UUID organisationId,
		@Nullable String countryIso2, List<String> languages, @Nullable String email, long version) {

	static PersonSummary of(Person p) {
		return new PersonSummary(p.getId(), p.getFullName(), p.getTitle(), p.getOrganisationId(), p.getCountryIso2(),
				List.of(p.getLanguages().split("[ ,]+")), p.getEmail(), p.getVersion());
	}
}

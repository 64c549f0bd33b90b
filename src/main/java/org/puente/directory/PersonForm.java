package org.puente.directory;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.puente.web.CountryCode;
import org.puente.web.LanguageCode;

/** What a secretariat types to add or correct a person, bound through its constructor and kept as typed. */
record PersonForm(
		@NotBlank @Size(max = 200) String fullName,
		@Size(max = 200) @Nullable String title,
		@Nullable UUID organisationId,
		@CountryCode @Nullable String countryIso2,
		@NotBlank @LanguageCode(list = true) String languages,
		@Email @Size(max = 200) @Nullable String email,
		@Size(max = 60) @Pattern(regexp = "|[+0-9 ()./-]+") @Nullable String phone,
		@Size(max = 2000) @Nullable String notes,
		Long version) {

	PersonForm {
		fullName = fullName == null ? "" : fullName;
		languages = languages == null ? "es" : languages;
		version = version == null ? 0L : version;
	}

	/** A new person's form: only the language is filled in, Spanish. */
	static PersonForm blank() {
		return new PersonForm("", null, null, null, "es", null, null, null, 0L);
	}

	static PersonForm of(Person p) {
		return new PersonForm(p.getFullName(), p.getTitle(), p.getOrganisationId(), p.getCountryIso2(),
				p.getLanguages(), p.getEmail(), p.getPhone(), p.getNotes(), p.getVersion());
	}

	void applyTo(Person p) {
		p.describe(new Person.Details(fullName.strip(), blankToNull(title), organisationId, blankToNull(countryIso2),
				languages, blankToNull(email), blankToNull(phone), blankToNull(notes)));
	}

	private static @Nullable String blankToNull(@Nullable String v) {
		return v == null || v.isBlank() ? null : v.strip();
	}
}

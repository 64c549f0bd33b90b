package org.puente.directory;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.puente.web.CountryCode;
import org.puente.web.LanguageCode;

/** What a secretariat types to add or correct a person. */
class PersonForm {

	@NotBlank
	@Size(max = 200)
	private String fullName = "";

	@Size(max = 200)
	private @Nullable String title;

	private @Nullable UUID organisationId;

	@CountryCode
	private @Nullable String countryIso2;

	@NotBlank
	@LanguageCode(list = true)
	private String languages = "es";

	@Email
	@Size(max = 200)
	private @Nullable String email;

	@Size(max = 60)
	@Pattern(regexp = "|[+0-9 ()./-]+")
	private @Nullable String phone;

	@Size(max = 2000)
	private @Nullable String notes;

	private long version;

	static PersonForm of(Person p) {
		PersonForm f = new PersonForm();
		f.fullName = p.getFullName();
		f.title = p.getTitle();
		f.organisationId = p.getOrganisationId();
		f.countryIso2 = p.getCountryIso2();
		f.languages = p.getLanguages();
		f.email = p.getEmail();
		f.phone = p.getPhone();
		f.notes = p.getNotes();
		f.version = p.getVersion();
		return f;
	}

	void applyTo(Person p) {
		p.describe(new Person.Details(fullName.strip(), blankToNull(title), organisationId, blankToNull(countryIso2),
				languages, blankToNull(email), blankToNull(phone), blankToNull(notes)));
	}

	private static @Nullable String blankToNull(@Nullable String v) {
		return v == null || v.isBlank() ? null : v.strip();
	}

	public String getFullName() { return fullName; }
	public void setFullName(String fullName) { this.fullName = fullName; }
	public @Nullable String getTitle() { return title; }
	public void setTitle(@Nullable String title) { this.title = title; }
	public @Nullable UUID getOrganisationId() { return organisationId; }
	public void setOrganisationId(@Nullable UUID organisationId) { this.organisationId = organisationId; }
	public @Nullable String getCountryIso2() { return countryIso2; }
	public void setCountryIso2(@Nullable String countryIso2) { this.countryIso2 = countryIso2; }
	public String getLanguages() { return languages; }
	public void setLanguages(String languages) { this.languages = languages; }
	public @Nullable String getEmail() { return email; }
	public void setEmail(@Nullable String email) { this.email = email; }
	public @Nullable String getPhone() { return phone; }
	public void setPhone(@Nullable String phone) { this.phone = phone; }
	public @Nullable String getNotes() { return notes; }
	public void setNotes(@Nullable String notes) { this.notes = notes; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
}

package org.puente.directory;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** Someone who works in or with the conferences: a vice-minister, a director, a focal point, an officer. */
@Entity
class Person {

	@Id
	private UUID id = UUID.randomUUID();

	private String fullName = "";

	private @Nullable String title;

	private @Nullable UUID organisationId;

	private @Nullable String countryIso2;

	/** Comma-separated ISO 639-1 codes, e.g. {@code es,en}. */
	private String languages = "es";

	private @Nullable String email;

	private @Nullable String phone;

	private @Nullable String notes;

	@Version
	private long version;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	protected Person() {
	}

	Person(String fullName) {
		this.fullName = fullName;
	}

	void touch() {
		updatedAt = Instant.now();
	}

	public UUID getId() { return id; }
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
	public Instant getUpdatedAt() { return updatedAt; }
}

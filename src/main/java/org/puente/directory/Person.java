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

	/** What a person's record says of them, as a secretariat or a seed file writes it. */
	record Details(String fullName, @Nullable String title, @Nullable UUID organisationId, @Nullable String countryIso2,
			String languages, @Nullable String email, @Nullable String phone, @Nullable String notes) {
	}

	void describe(Details details) {
		this.fullName = details.fullName();
		this.title = details.title();
		this.organisationId = details.organisationId();
		this.countryIso2 = details.countryIso2();
		this.languages = details.languages();
		this.email = details.email();
		this.phone = details.phone();
		this.notes = details.notes();
		this.updatedAt = Instant.now();
	}

	public UUID getId() { return id; }
	public String getFullName() { return fullName; }
	public @Nullable String getTitle() { return title; }
	public @Nullable UUID getOrganisationId() { return organisationId; }
	public @Nullable String getCountryIso2() { return countryIso2; }
	public String getLanguages() { return languages; }
	public @Nullable String getEmail() { return email; }
	public @Nullable String getPhone() { return phone; }
	public @Nullable String getNotes() { return notes; }
	public long getVersion() { return version; }
	public Instant getUpdatedAt() { return updatedAt; }
}

package org.puente.accounts;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A person who signs in to Puente, with one role and, depending on it, a conference or a country. */
@Entity
class Account {

	@Id
	private UUID id = UUID.randomUUID();

	private String username;

	private String email;

	private String displayName;

	private @Nullable String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private @Nullable String processCode;

	private @Nullable String countryIso2;

	private @Nullable UUID personId;

	private String language = "es";

	private boolean enabled = true;

	private @Nullable String calendarToken;

	private boolean weeklyDigest = true;

	/** The directory code of the organisation an observer acts for (IOM…), whose meetings it is told of. */
	private @Nullable String organisationCode;

	private boolean meetingNotices = true;

	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected Account() {
		this.username = "";
		this.email = "";
		this.displayName = "";
		this.role = Role.OBSERVER;
	}

	Account(String username, String email, String displayName, Role role) {
		this.username = username;
		this.email = email;
		this.displayName = displayName;
		this.role = role;
	}

	AccountSummary summary() {
		return new AccountSummary(id, username, displayName, email, role, processCode, countryIso2, language);
	}

	public UUID getId() { return id; }
	public String getUsername() { return username; }
	public void setUsername(String username) { this.username = username; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public String getDisplayName() { return displayName; }
	public void setDisplayName(String displayName) { this.displayName = displayName; }
	public @Nullable String getPasswordHash() { return passwordHash; }
	public void setPasswordHash(@Nullable String passwordHash) { this.passwordHash = passwordHash; }
	public Role getRole() { return role; }
	public void setRole(Role role) { this.role = role; }
	public @Nullable String getProcessCode() { return processCode; }
	public void setProcessCode(@Nullable String processCode) { this.processCode = processCode; }
	public @Nullable String getCountryIso2() { return countryIso2; }
	public void setCountryIso2(@Nullable String countryIso2) { this.countryIso2 = countryIso2; }
	public @Nullable UUID getPersonId() { return personId; }
	public void setPersonId(@Nullable UUID personId) { this.personId = personId; }
	public String getLanguage() { return language; }
	public void setLanguage(String language) { this.language = language; }
	public boolean isEnabled() { return enabled; }
	public void setEnabled(boolean enabled) { this.enabled = enabled; }
	public boolean isWeeklyDigest() { return weeklyDigest; }
	public void setWeeklyDigest(boolean weeklyDigest) { this.weeklyDigest = weeklyDigest; }
	public @Nullable String getOrganisationCode() { return organisationCode; }
	public void setOrganisationCode(@Nullable String organisationCode) { this.organisationCode = organisationCode; }
	public boolean isMeetingNotices() { return meetingNotices; }
	public void setMeetingNotices(boolean meetingNotices) { this.meetingNotices = meetingNotices; }
	public @Nullable String getCalendarToken() { return calendarToken; }
	public void setCalendarToken(@Nullable String calendarToken) { this.calendarToken = calendarToken; }
	public long getVersion() { return version; }
}

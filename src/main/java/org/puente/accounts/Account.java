package org.puente.accounts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.puente.i18n.ZoneNames;

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

	// the other notices, each switched off on the account page or from its mail's one-click link (MailChoice)
	private boolean agreementNotices = true;

	private boolean agreementReminders = true;

	private boolean consultationNotices = true;

	private boolean draftingNotices = true;

	private boolean flowAlerts = true;

	private boolean practiceNotices = true;

	/** The zone the person chose to read times in; null for the one of their country or conference. */
	private @Nullable String timeZone;

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

	/** What other capabilities see of the account; its zone read with the conferences' seats. */
	AccountSummary summary(SeatZones seats) {
		ZoneId zone = zone(seats);
		return new AccountSummary(id, username, displayName, email, role, processCode, countryIso2, language,
				zone == null ? null : zone.getId());
	}

	/**
	 * The zone the person reads times in: the one chosen, else their country's capital's, else their conference's
	 * secretariat's (San José for the CRM, Buenos Aires for the CSM); null for an observer who chose none (the
	 * browser's then).
	 */
	@Nullable ZoneId zone(SeatZones seats) {
		ZoneId chosen = ZoneNames.known(timeZone);
		return chosen != null ? chosen : defaultZone(seats);
	}

	/** The zone of the account's country or conference, which applies until the person chooses one. */
	@Nullable ZoneId defaultZone(SeatZones seats) {
		ZoneId country = ZoneNames.ofCountry(countryIso2);
		if (country != null) {
			return country;
		}
		return processCode == null ? null : seats.seatOf(processCode);
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
	boolean isAgreementNotices() { return agreementNotices; }
	void setAgreementNotices(boolean on) { this.agreementNotices = on; }
	boolean isAgreementReminders() { return agreementReminders; }
	void setAgreementReminders(boolean on) { this.agreementReminders = on; }
	boolean isConsultationNotices() { return consultationNotices; }
	void setConsultationNotices(boolean on) { this.consultationNotices = on; }
	boolean isDraftingNotices() { return draftingNotices; }
	void setDraftingNotices(boolean on) { this.draftingNotices = on; }
	boolean isFlowAlerts() { return flowAlerts; }
	void setFlowAlerts(boolean on) { this.flowAlerts = on; }
	boolean isPracticeNotices() { return practiceNotices; }
	void setPracticeNotices(boolean on) { this.practiceNotices = on; }
	public @Nullable String getCalendarToken() { return calendarToken; }
	public void setCalendarToken(@Nullable String calendarToken) { this.calendarToken = calendarToken; }
	public @Nullable String getTimeZone() { return timeZone; }
	public void setTimeZone(@Nullable String timeZone) { this.timeZone = timeZone; }
	public long getVersion() { return version; }
}

package org.puente.experts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * One expert of the roster: who they are, what they speak about, what the balance indicators count, and their
 * consent — to be listed and to have their data shared with the UN — with the day it was given or withdrawn.
 */
@Entity
@Table(name = "experts_expert")
class Expert {

	@Id
	private UUID id = UUID.randomUUID();

	private String fullName = "";

	private String email = "";

	private String affiliation = "";

	private String countryIso2 = "";

	/** ISO 639-1 codes separated by spaces. */
	private String languages = "";

	/** Thematic session numbers separated by spaces. */
	private String sessions = "";

	/** GCM objective numbers separated by spaces. */
	private String objectives = "";

	private String bio = "";

	/** One address a line. */
	private String links = "";

	@Enumerated(EnumType.STRING)
	private Gender gender = Gender.UNDISCLOSED;

	@Enumerated(EnumType.STRING)
	private Region region = Region.OUTSIDE;

	private boolean consentListed;

	private boolean consentShareUn;

	private @Nullable LocalDate consentOn;

	private @Nullable LocalDate consentWithdrawnOn;

	private String createdBy = "";

	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected Expert() {
	}

	Expert(String createdBy) {
		this.createdBy = createdBy;
	}

	void describe(ExpertData data) {
		fullName = data.fullName();
		email = data.email();
		affiliation = data.affiliation();
		countryIso2 = data.country();
		languages = String.join(" ", data.languages());
		sessions = String.join(" ", data.sessions().stream().map(String::valueOf).toList());
		objectives = String.join(" ", data.objectives().stream().map(String::valueOf).toList());
		bio = data.bio();
		links = String.join("\n", data.links());
		gender = data.gender();
		region = data.region();
	}

	/** Records consent as given on a day; both parts are needed for the expert to be nominated. */
	void consent(boolean listed, boolean shareUn, @Nullable LocalDate on) {
		boolean changed = listed != consentListed || shareUn != consentShareUn;
		consentListed = listed;
		consentShareUn = shareUn;
		if (listed || shareUn) {
			if (changed || consentOn == null) {
				consentOn = on;
			}
			consentWithdrawnOn = null;
		}
		else if (changed) {
			consentWithdrawnOn = on;
		}
	}

	void withdrawConsent(LocalDate on) {
		consentListed = false;
		consentShareUn = false;
		consentWithdrawnOn = on;
	}

	/** Listed and shareable with the UN: the condition to be nominated and to appear in the public API. */
	boolean consented() {
		return consentListed && consentShareUn && consentOn != null;
	}

	ExpertData data() {
		return new ExpertData(fullName, email, affiliation, countryIso2, split(languages),
				split(sessions).stream().map(Integer::valueOf).toList(),
				split(objectives).stream().map(Integer::valueOf).toList(), bio,
				links.isBlank() ? List.of() : Arrays.stream(links.split("\n")).map(String::strip)
					.filter(s -> !s.isEmpty()).toList(), gender, region);
	}

	private static List<String> split(String value) {
		return value.isBlank() ? List.of() : Arrays.asList(value.strip().split("\\s+"));
	}

	UUID getId() { return id; }
	String getFullName() { return fullName; }
	String getEmail() { return email; }
	String getCountryIso2() { return countryIso2; }
	boolean isConsentListed() { return consentListed; }
	boolean isConsentShareUn() { return consentShareUn; }
	@Nullable LocalDate getConsentOn() { return consentOn; }
	@Nullable LocalDate getConsentWithdrawnOn() { return consentWithdrawnOn; }
	String getCreatedBy() { return createdBy; }
	Instant getCreatedAt() { return createdAt; }
	long getVersion() { return version; }
}

package org.puente.experts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The expert form: what the roster holds, and the consent with its date. The annotations tell the browser the
 * same limits as {@link ExpertRules}, which does the checking.
 */
class ExpertForm {

	@NotBlank
	@Size(max = ExpertRules.NAME_MAX)
	private String fullName = "";

	@NotBlank
	@Size(max = ExpertRules.EMAIL_MAX)
	private String email = "";

	@NotBlank
	@Size(max = ExpertRules.AFFILIATION_MAX)
	private String affiliation = "";

	private String country = "";

	@NotBlank
	@Size(max = 100)
	private String languages = "";

	private List<Integer> sessions = new ArrayList<>();

	private List<Integer> objectives = new ArrayList<>();

	@NotBlank
	@Size(max = ExpertRules.BIO_MAX)
	private String bio = "";

	@Size(max = 3000)
	private String links = "";

	private Gender gender = Gender.UNDISCLOSED;

	private Region region = Region.OUTSIDE;

	private boolean consentListed;

	private boolean consentShareUn;

	private String consentOn = "";

	private long version;

	static ExpertForm of(ExpertSummary e) {
		ExpertForm f = new ExpertForm();
		ExpertData d = e.data();
		f.fullName = d.fullName();
		f.email = d.email();
		f.affiliation = d.affiliation();
		f.country = d.country();
		f.languages = String.join(" ", d.languages());
		f.sessions = new ArrayList<>(d.sessions());
		f.objectives = new ArrayList<>(d.objectives());
		f.bio = d.bio();
		f.links = String.join("\n", d.links());
		f.gender = d.gender();
		f.region = d.region();
		f.consentListed = e.consentListed();
		f.consentShareUn = e.consentShareUn();
		f.consentOn = e.consentOn() == null ? "" : e.consentOn().toString();
		f.version = e.version();
		return f;
	}

	ExpertData data() {
		return new ExpertData(fullName.strip(), email.strip(), affiliation.strip(),
				country.strip().toUpperCase(Locale.ROOT), ExpertRules.codes(languages), List.copyOf(sessions),
				List.copyOf(objectives), bio.strip(),
				Arrays.stream(links.split("\\s+")).map(String::strip).filter(s -> !s.isEmpty()).toList(), gender,
				region);
	}

	/** The consent date as typed; unreadable is reported by the controller. */
	@Nullable LocalDate consentDate() {
		try {
			return consentOn.isBlank() ? null : LocalDate.parse(consentOn.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	boolean consentDateUnreadable() {
		return !consentOn.isBlank() && consentDate() == null;
	}

	Roster.Consent consent() {
		return new Roster.Consent(consentListed, consentShareUn, consentDate());
	}

	public String getFullName() { return fullName; }
	public void setFullName(String fullName) { this.fullName = fullName; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public String getAffiliation() { return affiliation; }
	public void setAffiliation(String affiliation) { this.affiliation = affiliation; }
	public String getCountry() { return country; }
	public void setCountry(String country) { this.country = country; }
	public String getLanguages() { return languages; }
	public void setLanguages(String languages) { this.languages = languages; }
	public List<Integer> getSessions() { return sessions; }
	public void setSessions(@Nullable List<Integer> sessions) { this.sessions = sessions == null ? new ArrayList<>() : sessions; }
	public List<Integer> getObjectives() { return objectives; }
	public void setObjectives(@Nullable List<Integer> objectives) { this.objectives = objectives == null ? new ArrayList<>() : objectives; }
	public String getBio() { return bio; }
	public void setBio(String bio) { this.bio = bio; }
	public String getLinks() { return links; }
	public void setLinks(String links) { this.links = links; }
	public Gender getGender() { return gender; }
	public void setGender(Gender gender) { this.gender = gender; }
	public Region getRegion() { return region; }
	public void setRegion(Region region) { this.region = region; }
	public boolean isConsentListed() { return consentListed; }
	public void setConsentListed(boolean consentListed) { this.consentListed = consentListed; }
	public boolean isConsentShareUn() { return consentShareUn; }
	public void setConsentShareUn(boolean consentShareUn) { this.consentShareUn = consentShareUn; }
	public String getConsentOn() { return consentOn; }
	public void setConsentOn(String consentOn) { this.consentOn = consentOn; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
}

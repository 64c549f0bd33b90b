package org.puente.practices;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.puente.web.FieldOrder;
import org.springframework.validation.BindingResult;

/**
 * The practice form: the texts in each of the four languages ({@link PracticeTexts}), and what places the practice:
 * countries, thematic sessions, objectives, target groups, period, results, contact and documents.
 */
public class PracticeForm extends PracticeTexts implements FieldOrder {

	private List<String> countries = new ArrayList<>();

	private String originalLanguage = "es";

	private List<Integer> sessions = new ArrayList<>();

	private List<Integer> objectives = new ArrayList<>();

	private List<TargetGroup> targetGroups = new ArrayList<>();

	@NotNull
	@Min(1990)
	@Max(2100)
	private @Nullable Integer periodFrom;

	@Min(1990)
	@Max(2100)
	private @Nullable Integer periodTo;

	@Size(max = 8000)
	private @Nullable String results;

	@Size(max = 200)
	private @Nullable String contactName;

	@Email
	@Size(max = 200)
	private @Nullable String contactEmail;

	private List<UUID> documents = new ArrayList<>();

	private long version;

	/** The form filled with a practice as it stands, to edit it. */
	/** The countries, the language, the texts per language, then the rest: as the page shows them. */
	@Override
	public List<String> fieldOrder() {
		return List.copyOf(PracticeConflicts.FIELDS.keySet());
	}

	static PracticeForm of(Practice practice) {
		PracticeForm form = new PracticeForm();
		form.countries = new ArrayList<>(practice.getCountries());
		form.originalLanguage = practice.getOriginalLanguage();
		practice.getTexts().forEach(form::setText);
		form.sessions = new ArrayList<>(practice.getThematicSessions());
		form.objectives = new ArrayList<>(practice.getObjectives());
		form.targetGroups = new ArrayList<>(practice.getTargetGroups());
		form.periodFrom = practice.getPeriodFrom();
		form.periodTo = practice.getPeriodTo();
		form.results = practice.getResults();
		form.contactName = practice.getContactName();
		form.contactEmail = practice.getContactEmail();
		form.documents = new ArrayList<>(practice.getDocuments());
		form.version = practice.getVersion();
		return form;
	}

	/**
	 * Checks what bean validation cannot (the original language's four texts, complete translations, a period that
	 * ends after it starts, known sessions and objectives) and turns the form into content; null when refused.
	 */
	@Nullable PracticeContent check(BindingResult errors) {
		if (!LANGUAGES.contains(originalLanguage)) {
			errors.rejectValue("originalLanguage", "practices.error.language");
		}
		Map<String, PracticeText> texts = texts(originalLanguage, errors);
		if (countries.isEmpty()) {
			errors.rejectValue("countries", "practices.error.countries");
		}
		if (sessions.isEmpty() || sessions.stream().anyMatch(s -> s == null || s < 1 || s > 6)) {
			errors.rejectValue("sessions", "practices.error.sessions");
		}
		if (objectives.stream().anyMatch(o -> o == null || o < 1 || o > 23)) {
			errors.rejectValue("objectives", "practices.error.objectives");
		}
		if (periodFrom != null && periodTo != null && periodTo < periodFrom) {
			errors.rejectValue("periodTo", "practices.error.period");
		}
		if (errors.hasErrors() || periodFrom == null) {
			return null;
		}
		return new PracticeContent(countries.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).distinct().toList(),
				originalLanguage, texts, sessions.stream().distinct().sorted().toList(),
				objectives.stream().distinct().sorted().toList(), targetGroups.stream().distinct().toList(), periodFrom,
				periodTo, trim(results), trim(contactName), trim(contactEmail), documents.stream().distinct().toList());
	}

	private static @Nullable String trim(@Nullable String s) {
		return blank(s) ? null : s.strip();
	}

	public List<String> getCountries() {
		return countries;
	}

	public void setCountries(List<String> countries) {
		this.countries = countries;
	}

	public String getOriginalLanguage() {
		return originalLanguage;
	}

	public void setOriginalLanguage(String originalLanguage) {
		this.originalLanguage = originalLanguage;
	}

	public List<Integer> getSessions() {
		return sessions;
	}

	public void setSessions(List<Integer> sessions) {
		this.sessions = sessions;
	}

	public List<Integer> getObjectives() {
		return objectives;
	}

	public void setObjectives(List<Integer> objectives) {
		this.objectives = objectives;
	}

	public List<TargetGroup> getTargetGroups() {
		return targetGroups;
	}

	public void setTargetGroups(List<TargetGroup> targetGroups) {
		this.targetGroups = targetGroups;
	}

	public @Nullable Integer getPeriodFrom() {
		return periodFrom;
	}

	public void setPeriodFrom(@Nullable Integer periodFrom) {
		this.periodFrom = periodFrom;
	}

	public @Nullable Integer getPeriodTo() {
		return periodTo;
	}

	public void setPeriodTo(@Nullable Integer periodTo) {
		this.periodTo = periodTo;
	}

	public @Nullable String getResults() {
		return results;
	}

	public void setResults(@Nullable String results) {
		this.results = results;
	}

	public @Nullable String getContactName() {
		return contactName;
	}

	public void setContactName(@Nullable String contactName) {
		this.contactName = contactName;
	}

	public @Nullable String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(@Nullable String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public List<UUID> getDocuments() {
		return documents;
	}

	public void setDocuments(List<UUID> documents) {
		this.documents = documents;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}

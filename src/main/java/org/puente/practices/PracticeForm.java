package org.puente.practices;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.springframework.validation.BindingResult;

/**
 * The practice form: the texts in each of the four languages (the original language's title, summary, why and how
 * required; a translation, when given, complete), and what places the practice: countries, thematic sessions,
 * objectives, target groups, period, results, contact and documents.
 */
public class PracticeForm {

	static final List<String> LANGUAGES = org.puente.i18n.Language.CODES;

	private List<String> countries = new ArrayList<>();

	private String originalLanguage = "es";

	@Size(max = 300)
	private @Nullable String esTitle;

	@Size(max = 4000)
	private @Nullable String esSummary;

	@Size(max = 4000)
	private @Nullable String esWhy;

	@Size(max = 4000)
	private @Nullable String esHow;

	@Size(max = 300)
	private @Nullable String enTitle;

	@Size(max = 4000)
	private @Nullable String enSummary;

	@Size(max = 4000)
	private @Nullable String enWhy;

	@Size(max = 4000)
	private @Nullable String enHow;

	@Size(max = 300)
	private @Nullable String ptTitle;

	@Size(max = 4000)
	private @Nullable String ptSummary;

	@Size(max = 4000)
	private @Nullable String ptWhy;

	@Size(max = 4000)
	private @Nullable String ptHow;

	@Size(max = 300)
	private @Nullable String frTitle;

	@Size(max = 4000)
	private @Nullable String frSummary;

	@Size(max = 4000)
	private @Nullable String frWhy;

	@Size(max = 4000)
	private @Nullable String frHow;

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

	void setText(String language, PracticeText text) {
		String[] values = { text.title(), text.summary(), text.why(), text.how() };
		for (int i = 0; i < 4; i++) {
			set(language, PARTS.get(i), values[i]);
		}
	}

	static final List<String> PARTS = List.of("Title", "Summary", "Why", "How");

	/**
	 * Checks what bean validation cannot (the original language's four texts, complete translations, a period that
	 * ends after it starts, known sessions and objectives) and turns the form into content; null when refused.
	 */
	@Nullable PracticeContent check(BindingResult errors) {
		if (!LANGUAGES.contains(originalLanguage)) {
			errors.rejectValue("originalLanguage", "practices.error.language");
		}
		Map<String, PracticeText> texts = new LinkedHashMap<>();
		for (String lang : LANGUAGES) {
			boolean original = lang.equals(originalLanguage);
			boolean any = PARTS.stream().anyMatch(p -> !blank(get(lang, p)));
			if (!original && !any) {
				continue;
			}
			boolean complete = true;
			for (String part : PARTS) {
				if (blank(get(lang, part))) {
					complete = false;
					errors.rejectValue(lang + part, "practices.error.required" + part,
							new Object[] { languageName(lang) }, null);
				}
			}
			if (complete) {
				texts.put(lang, new PracticeText(get(lang, "Title").strip(), get(lang, "Summary").strip(),
						get(lang, "Why").strip(), get(lang, "How").strip()));
			}
		}
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

	private static String languageName(String lang) {
		return Locale.forLanguageTag(lang).getDisplayLanguage(org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

	private static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}

	private static @Nullable String trim(@Nullable String s) {
		return blank(s) ? null : s.strip();
	}

	@Nullable String get(String language, String part) {
		return switch (language + part) {
			case "esTitle" -> esTitle;
			case "esSummary" -> esSummary;
			case "esWhy" -> esWhy;
			case "esHow" -> esHow;
			case "enTitle" -> enTitle;
			case "enSummary" -> enSummary;
			case "enWhy" -> enWhy;
			case "enHow" -> enHow;
			case "ptTitle" -> ptTitle;
			case "ptSummary" -> ptSummary;
			case "ptWhy" -> ptWhy;
			case "ptHow" -> ptHow;
			case "frTitle" -> frTitle;
			case "frSummary" -> frSummary;
			case "frWhy" -> frWhy;
			case "frHow" -> frHow;
			default -> throw new IllegalArgumentException(language + part);
		};
	}

	void set(String language, String part, @Nullable String value) {
		switch (language + part) {
			case "esTitle" -> esTitle = value;
			case "esSummary" -> esSummary = value;
			case "esWhy" -> esWhy = value;
			case "esHow" -> esHow = value;
			case "enTitle" -> enTitle = value;
			case "enSummary" -> enSummary = value;
			case "enWhy" -> enWhy = value;
			case "enHow" -> enHow = value;
			case "ptTitle" -> ptTitle = value;
			case "ptSummary" -> ptSummary = value;
			case "ptWhy" -> ptWhy = value;
			case "ptHow" -> ptHow = value;
			case "frTitle" -> frTitle = value;
			case "frSummary" -> frSummary = value;
			case "frWhy" -> frWhy = value;
			case "frHow" -> frHow = value;
			default -> throw new IllegalArgumentException(language + part);
		}
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

	public @Nullable String getEsTitle() {
		return esTitle;
	}

	public void setEsTitle(@Nullable String esTitle) {
		this.esTitle = esTitle;
	}

	public @Nullable String getEsSummary() {
		return esSummary;
	}

	public void setEsSummary(@Nullable String esSummary) {
		this.esSummary = esSummary;
	}

	public @Nullable String getEsWhy() {
		return esWhy;
	}

	public void setEsWhy(@Nullable String esWhy) {
		this.esWhy = esWhy;
	}

	public @Nullable String getEsHow() {
		return esHow;
	}

	public void setEsHow(@Nullable String esHow) {
		this.esHow = esHow;
	}

	public @Nullable String getEnTitle() {
		return enTitle;
	}

	public void setEnTitle(@Nullable String enTitle) {
		this.enTitle = enTitle;
	}

	public @Nullable String getEnSummary() {
		return enSummary;
	}

	public void setEnSummary(@Nullable String enSummary) {
		this.enSummary = enSummary;
	}

	public @Nullable String getEnWhy() {
		return enWhy;
	}

	public void setEnWhy(@Nullable String enWhy) {
		this.enWhy = enWhy;
	}

	public @Nullable String getEnHow() {
		return enHow;
	}

	public void setEnHow(@Nullable String enHow) {
		this.enHow = enHow;
	}

	public @Nullable String getPtTitle() {
		return ptTitle;
	}

	public void setPtTitle(@Nullable String ptTitle) {
		this.ptTitle = ptTitle;
	}

	public @Nullable String getPtSummary() {
		return ptSummary;
	}

	public void setPtSummary(@Nullable String ptSummary) {
		this.ptSummary = ptSummary;
	}

	public @Nullable String getPtWhy() {
		return ptWhy;
	}

	public void setPtWhy(@Nullable String ptWhy) {
		this.ptWhy = ptWhy;
	}

	public @Nullable String getPtHow() {
		return ptHow;
	}

	public void setPtHow(@Nullable String ptHow) {
		this.ptHow = ptHow;
	}

	public @Nullable String getFrTitle() {
		return frTitle;
	}

	public void setFrTitle(@Nullable String frTitle) {
		this.frTitle = frTitle;
	}

	public @Nullable String getFrSummary() {
		return frSummary;
	}

	public void setFrSummary(@Nullable String frSummary) {
		this.frSummary = frSummary;
	}

	public @Nullable String getFrWhy() {
		return frWhy;
	}

	public void setFrWhy(@Nullable String frWhy) {
		this.frWhy = frWhy;
	}

	public @Nullable String getFrHow() {
		return frHow;
	}

	public void setFrHow(@Nullable String frHow) {
		this.frHow = frHow;
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

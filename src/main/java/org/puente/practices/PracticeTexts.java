package org.puente.practices;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * The practice's texts as the form holds them: a title, summary, why and how in each of the four languages. The
 * original language's four are required; a translation, when given, is complete.
 */
abstract class PracticeTexts {

	static final List<String> LANGUAGES = org.puente.i18n.Language.CODES;

	static final List<String> PARTS = List.of("Title", "Summary", "Why", "How");

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

	void setText(String language, PracticeText text) {
		String[] values = { text.title(), text.summary(), text.why(), text.how() };
		for (int i = 0; i < 4; i++) {
			set(language, PARTS.get(i), values[i]);
		}
	}

	/** The complete texts by language, with an error for each missing part of a language that was begun. */
	Map<String, PracticeText> texts(String originalLanguage, BindingResult errors) {
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
		return texts;
	}

	private static String languageName(String lang) {
		return Locale.forLanguageTag(lang).getDisplayLanguage(org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

	static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
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

}

package org.puente.glossary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.puente.web.CountryCode;
import org.puente.web.LanguageCode;

/**
 * A country's definition entered by a secretariat, with where it comes from (a law, a note, a meeting) and the
 * language that source is written in (left empty: the definition's), bound through its constructor.
 */
record DefinitionForm(
		@NotBlank @CountryCode @Nullable String countryIso2,
		@NotBlank @LanguageCode String language,
		@NotBlank @Size(max = 10_000) @Nullable String text,
		@NotBlank @Size(max = 500) @Nullable String source,
		@LanguageCode @Nullable String sourceLanguage) {

	DefinitionForm {
		language = language == null ? "es" : language;
	}

	/** A new definition's form, in Spanish, its source in the definition's language. */
	static DefinitionForm blank() {
		return new DefinitionForm(null, "es", null, null, null);
	}

	/** The source's language: the one chosen, else the definition's. */
	String sourceLanguageOrDefinitions() {
		return sourceLanguage == null || sourceLanguage.isBlank() ? language : sourceLanguage;
	}
}

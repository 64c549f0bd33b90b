package org.puente.glossary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.puente.web.CountryCode;
import org.puente.web.LanguageCode;

/**
 * A country's definition entered by a secretariat, with where it comes from (a law, a note, a meeting), bound
 * through its constructor.
 */
record DefinitionForm(
		@NotBlank @CountryCode @Nullable String countryIso2,
		@NotBlank @LanguageCode String language,
		@NotBlank @Size(max = 10_000) @Nullable String text,
		@NotBlank @Size(max = 500) @Nullable String source) {

	DefinitionForm {
		language = language == null ? "es" : language;
	}

	/** A new definition's form, in Spanish. */
	static DefinitionForm blank() {
		return new DefinitionForm(null, "es", null, null);
	}
}

package org.puente.glossary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.puente.web.CountryCode;
import org.puente.web.LanguageCode;

/** A country's definition entered by a secretariat, with where it comes from (a law, a note, a meeting). */
class DefinitionForm {

	@NotBlank @CountryCode private @Nullable String countryIso2;
	@NotBlank @LanguageCode private String language = "es";
	@NotBlank @Size(max = 10_000) private @Nullable String text;
	@NotBlank @Size(max = 500) private @Nullable String source;

	public @Nullable String getCountryIso2() { return countryIso2; }
	public void setCountryIso2(@Nullable String v) { countryIso2 = v; }
	public String getLanguage() { return language; }
	public void setLanguage(String v) { language = v; }
	public @Nullable String getText() { return text; }
	public void setText(@Nullable String v) { text = v; }
	public @Nullable String getSource() { return source; }
	public void setSource(@Nullable String v) { source = v; }
}

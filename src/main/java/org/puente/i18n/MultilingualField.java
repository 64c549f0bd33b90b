package org.puente.i18n;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A form's field typed in each of Puente's four languages (a title, a name, a summary), bound as {@code title.es},
 * {@code title.en}… and kept as typed, so that a refused form shows back what the person wrote. Bean Validation's
 * {@code @Size} on it limits each translation and {@code @NotBlank} asks for the Spanish one (see
 * {@link MultilingualFieldRules}); the shared template fragment {@code inLanguages} shows the four inputs.
 */
public class MultilingualField {

	private String es = "";

	private String en = "";

	private String pt = "";

	private String fr = "";

	/** The field filled from each language's stored text (null as empty). */
	public static MultilingualField of(Function<Language, @Nullable String> translation) {
		MultilingualField field = new MultilingualField();
		for (Language language : Language.values()) {
			field.set(language, translation.apply(language));
		}
		return field;
	}

	public static MultilingualField of(MultilingualText text) {
		return of(text::get);
	}

	/** The translation as typed, empty when none was. */
	public String get(Language language) {
		return switch (language) {
			case ES -> es;
			case EN -> en;
			case PT -> pt;
			case FR -> fr;
		};
	}

	/** The same by code ("es", "en"…); an unknown code reads as Spanish. */
	public String get(String code) {
		return get(Language.of(code).orElse(Language.ES));
	}

	public void set(Language language, @Nullable String text) {
		String value = text == null ? "" : text;
		switch (language) {
			case ES -> es = value;
			case EN -> en = value;
			case PT -> pt = value;
			case FR -> fr = value;
		}
	}

	/** The text: blank translations left out, the others stripped. */
	public MultilingualText text() {
		return MultilingualText.of(es, en, pt, fr);
	}

	/** Every translation stripped, an empty one kept as empty text (for columns that hold "" rather than nothing). */
	public MultilingualText stripped() {
		return new MultilingualText(es.strip(), en.strip(), pt.strip(), fr.strip());
	}

	/** The translations written, as typed, by language code in Puente's order. */
	public Map<String, String> written() {
		Map<String, String> texts = new LinkedHashMap<>();
		for (Language language : Language.values()) {
			if (!get(language).isBlank()) {
				texts.put(language.code(), get(language));
			}
		}
		return texts;
	}

	/** Whether no translation was written. */
	public boolean isEmpty() {
		return written().isEmpty();
	}

	// @formatter:off
	public String getEs() { return es; }
	public void setEs(@Nullable String v) { set(Language.ES, v); }
	public String getEn() { return en; }
	public void setEn(@Nullable String v) { set(Language.EN, v); }
	public String getPt() { return pt; }
	public void setPt(@Nullable String v) { set(Language.PT, v); }
	public String getFr() { return fr; }
	public void setFr(@Nullable String v) { set(Language.FR, v); }
	// @formatter:on
}

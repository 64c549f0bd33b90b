package org.puente.consultations;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A text written in some of the four languages; shown in the reader's, or else in the first one written. */
record Multilingual(@Nullable String es, @Nullable String en, @Nullable String pt, @Nullable String fr) {

	static final List<String> LANGUAGES = List.of("es", "en", "pt", "fr");

	static Multilingual of(@Nullable String es, @Nullable String en, @Nullable String pt, @Nullable String fr) {
		return new Multilingual(clean(es), clean(en), clean(pt), clean(fr));
	}

	@Nullable String get(String lang) {
		return switch (lang) {
			case "en" -> en;
			case "pt" -> pt;
			case "fr" -> fr;
			default -> es;
		};
	}

	public String in(Locale locale) {
		String own = get(locale.getLanguage());
		if (own != null) {
			return own;
		}
		return LANGUAGES.stream().map(this::get).filter(t -> t != null).findFirst().orElse("");
	}

	/** Whether the text is not available in the reader's language (so the page can mark the language used). */
	boolean missingIn(Locale locale) {
		return get(locale.getLanguage()) == null && !isEmpty();
	}

	/** The language actually shown to this reader. */
	String languageShown(Locale locale) {
		if (get(locale.getLanguage()) != null) {
			return locale.getLanguage();
		}
		return LANGUAGES.stream().filter(l -> get(l) != null).findFirst().orElse("es");
	}

	boolean isEmpty() {
		return LANGUAGES.stream().allMatch(l -> get(l) == null);
	}

	private static @Nullable String clean(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}

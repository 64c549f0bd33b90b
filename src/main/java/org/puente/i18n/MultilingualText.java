package org.puente.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A text written in some of Puente's four languages (a title, a name, a question). It is shown in the reader's
 * language, or else in the first one written, in {@link Language}'s order.
 */
public record MultilingualText(@Nullable String es, @Nullable String en, @Nullable String pt, @Nullable String fr) {

	/** The text with blank translations left out and the others stripped. */
	public static MultilingualText of(@Nullable String es, @Nullable String en, @Nullable String pt,
			@Nullable String fr) {
		return new MultilingualText(clean(es), clean(en), clean(pt), clean(fr));
	}

	/** The translation in one language, or null when it was not written. */
	public @Nullable String get(Language language) {
		String text = switch (language) {
			case ES -> es;
			case EN -> en;
			case PT -> pt;
			case FR -> fr;
		};
		return text == null || text.isBlank() ? null : text;
	}

	/** The same by language code ("es", "en"…); an unknown code reads as Spanish. */
	public @Nullable String get(String code) {
		return get(Language.of(code).orElse(Language.ES));
	}

	/** The text for this reader: in their language, else the first one written, else empty. */
	public String in(Locale locale) {
		String text = get(languageShown(locale));
		return text == null ? "" : text;
	}

	/** The language actually shown to this reader. */
	public Language languageShown(Locale locale) {
		Language wanted = Language.of(locale);
		if (get(wanted) != null) {
			return wanted;
		}
		return Arrays.stream(Language.values()).filter(l -> get(l) != null).findFirst().orElse(Language.ES);
	}

	public boolean isEmpty() {
		return Arrays.stream(Language.values()).allMatch(l -> get(l) == null);
	}

	/**
	 * From texts kept by language code: the wanted language's, else the fallback's (say, the language a document was
	 * written in), else the first one written.
	 */
	public static String pick(Map<String, String> texts, String wanted, String fallback) {
		String text = texts.get(pickedLanguage(texts, wanted, fallback));
		return text == null ? "" : text;
	}

	/** The language of what {@link #pick} returns (the fallback when nothing is written). */
	public static String pickedLanguage(Map<String, String> texts, String wanted, String fallback) {
		for (String code : new String[] { wanted, fallback }) {
			String text = texts.get(code);
			if (text != null && !text.isBlank()) {
				return code;
			}
		}
		return Language.CODES.stream().filter(c -> texts.get(c) != null && !texts.get(c).isBlank()).findFirst()
			.orElse(fallback);
	}

	private static @Nullable String clean(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}

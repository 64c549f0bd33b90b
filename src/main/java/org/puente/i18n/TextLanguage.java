package org.puente.i18n;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one rule for text shown in a language other than the page's (WCAG 3.1.2): an agreement in the minutes'
 * language, a question asked only in Spanish, a title written in one language, a meeting's notes. The element that
 * holds it carries {@code lang} with the text's language, so that a screen reader reads it in its own voice; a text in
 * the page's language carries none. Templates use it as {@code th:lang="${@lang.ifOther(code, #locale)}"} (Thymeleaf
 * leaves the attribute out when the answer is null) or, for a {@link MultilingualText},
 * {@code th:lang="${@lang.shown(text, #locale)}"}.
 */
@Component("lang")
public class TextLanguage {

	/** The text's language code when it is not the reader's, else null (also null when unknown or blank). */
	public @Nullable String ifOther(@Nullable String code, Locale locale) {
		if (code == null || code.isBlank()) {
			return null;
		}
		String clean = code.strip().toLowerCase(Locale.ROOT);
		return clean.equals(locale.getLanguage()) ? null : clean;
	}

	/** The language a multilingual text is shown in to this reader, when it is not the reader's; else null. */
	public @Nullable String shown(@Nullable MultilingualText text, Locale locale) {
		return text == null || text.isEmpty() ? null : ifOther(text.languageShown(locale).code(), locale);
	}
}

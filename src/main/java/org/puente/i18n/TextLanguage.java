package org.puente.i18n;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

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

	/**
	 * What a template hands a message in the place of a text its sentence names, for {@link #sentence}: a character
	 * of Unicode's private use area, which no bundle or title holds.
	 */
	public static final String MARK = "\uE000";

	/** {@link #MARK}, for templates ({@code @lang.mark}). */
	public String getMark() {
		return MARK;
	}

	/**
	 * A sentence of the bundles that names a text written in another language ("Accord 3 — Reunión virtual…"), as
	 * HTML for {@code th:utext}: the sentence ({@code formatted}, {@link #MARK} where the text goes) escaped, and the
	 * text, escaped, in a {@code <span lang>} when its language is not the reader's — so that a heading marks the
	 * words in another language and not the sentence around them (WCAG 3.1.2). Without the mark, the sentence alone.
	 */
	public String sentence(String formatted, String text, @Nullable String code, Locale locale) {
		String lang = ifOther(code, locale);
		String named = escape(text);
		return escape(formatted).replace(MARK,
				lang == null ? named : "<span lang=\"" + escape(lang) + "\">" + named + "</span>");
	}

	/**
	 * A title as HTML for {@code th:utext}, its part written in another language marked: a title a bundle's label frames
	 * ("Procès-verbal : Reunión virtual…", minutes named after their meeting) keeps the meeting's words as typed, in
	 * the record's own language. Told by the record's title in its own language ({@code ownTitle}): the same words
	 * after the label's colon in both are that language's, and sit in a {@code <span lang>}; the label stays in the
	 * title's language, which the element around carries (WCAG 3.1.2). A title without such a part, escaped as it is.
	 */
	public static String framedTitle(String title, @Nullable String titleLanguage, @Nullable String ownTitle,
			@Nullable String ownLanguage) {
		int colon = title.indexOf(':');
		if (titleLanguage == null || ownLanguage == null || ownTitle == null || colon < 0
				|| titleLanguage.equals(ownLanguage) || ownTitle.indexOf(':') < 0) {
			return escape(title);
		}
		String words = title.substring(colon + 1).strip();
		if (words.isEmpty() || !words.equals(ownTitle.substring(ownTitle.indexOf(':') + 1).strip())) {
			return escape(title);
		}
		int start = title.indexOf(words, colon + 1);
		return escape(title.substring(0, start)) + "<span lang=\"" + escape(ownLanguage) + "\">" + escape(words)
				+ "</span>";
	}

	// Spring's escaper, told UTF-8 so that only the markup characters are escaped (accents stay as they are)
	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	/** The language a multilingual text is shown in to this reader, when it is not the reader's; else null. */
	public @Nullable String shown(@Nullable MultilingualText text, Locale locale) {
		return text == null || text.isEmpty() ? null : ifOther(text.languageShown(locale).code(), locale);
	}
}

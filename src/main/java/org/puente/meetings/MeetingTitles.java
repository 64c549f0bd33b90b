package org.puente.meetings;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.puente.i18n.Language;
import org.puente.i18n.MultilingualText;

/**
 * A calendar meeting's titles, by language code (only the languages it was written in), and the language a reader
 * without their own sees ({@code language}, the one it was first written in). What other capabilities hold about a
 * meeting they only name — minutes, agreements, the documents of the minutes — read the title from here for each
 * reader, rather than the one copy they kept in the uploader's language (walk 13 #8).
 */
public record MeetingTitles(Map<String, String> byLanguage, String language) {

	public MeetingTitles {
		byLanguage = java.util.Collections.unmodifiableMap(new TreeMap<>(byLanguage)); // es, en, pt, fr in one order for the API
	}

	static MeetingTitles of(String es, @org.jspecify.annotations.Nullable String en,
			@org.jspecify.annotations.Nullable String pt, @org.jspecify.annotations.Nullable String fr, String language) {
		MultilingualText text = new MultilingualText(es, en, pt, fr);
		Map<String, String> titles = new java.util.HashMap<>();
		for (Language l : Language.values()) {
			String t = text.get(l);
			if (t != null) {
				titles.put(l.code(), t);
			}
		}
		return new MeetingTitles(titles, language);
	}

	/** The title in the reader's language when it was translated, else as first written. */
	public String title(Locale locale) {
		return MultilingualText.pick(byLanguage, Language.of(locale).code(), language);
	}

	/** The language code of {@link #title(Locale)}: the reader's when translated, else {@link #language()}. */
	public String shownLanguage(Locale locale) {
		return MultilingualText.pickedLanguage(byLanguage, Language.of(locale).code(), language);
	}
}

package org.puente.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages Puente speaks. Spanish comes first: it is the default and the base of every message bundle. */
public enum Language {

	ES("español"), EN("English"), PT("português"), FR("français");

	/** The codes in order ("es", "en", "pt", "fr"): for loops over translations, columns of exports, lists. */
	public static final java.util.List<String> CODES = Arrays.stream(values()).map(Language::code).toList();

	private final String endonym;

	Language(String endonym) {
		this.endonym = endonym;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The language's name in itself, as a language switcher shows it. */
	public String endonym() {
		return endonym;
	}

	public Locale locale() {
		return Locale.forLanguageTag(code());
	}

	public static Optional<Language> of(String code) {
		String wanted = code.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(l -> l.code().equals(wanted)).findFirst();
	}

	/** Whether the code is exactly one of Puente's codes (lower case, nothing around it), as stored and posted. */
	public static boolean isCode(@org.jspecify.annotations.Nullable String code) {
		return code != null && CODES.contains(code);
	}

	/** The reader's language when Puente speaks it, else Spanish. */
	public static Language of(Locale locale) {
		return of(locale.getLanguage()).orElse(ES);
	}
}

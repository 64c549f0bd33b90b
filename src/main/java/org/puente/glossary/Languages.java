package org.puente.glossary;

import java.util.List;
import java.util.Locale;

/** The four working languages of the two conferences, in the order a label is looked for when one is missing. */
final class Languages {

	static final List<String> ALL = List.of("es", "en", "pt", "fr");

	private Languages() {
	}

	static String of(Locale locale) {
		return ALL.contains(locale.getLanguage()) ? locale.getLanguage() : "es";
	}

	static boolean known(String code) {
		return ALL.contains(code);
	}
}

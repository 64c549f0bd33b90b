package org.puente.directory;

import java.util.Locale;

/** A name held in the four working languages, falling back to Spanish. */
record Multilingual(String es, String en, String pt, String fr) {

	String in(Locale locale) {
		String value = switch (locale.getLanguage()) {
			case "en" -> en;
			case "pt" -> pt;
			case "fr" -> fr;
			default -> es;
		};
		return value == null || value.isBlank() ? es : value;
	}
}

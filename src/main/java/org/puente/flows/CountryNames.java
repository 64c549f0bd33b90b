package org.puente.flows;

import java.util.Locale;

/** A country's name in the reader's language from its ISO code (the code itself when Java does not know it). */
public final class CountryNames {

	private CountryNames() {
	}

	public static String of(String code, Locale locale) {
		String name = new Locale("", code).getDisplayCountry(locale);
		return name.isBlank() || name.equals(code) ? code : name;
	}
}

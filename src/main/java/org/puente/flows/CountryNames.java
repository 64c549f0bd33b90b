package org.puente.flows;

import java.util.Locale;

/** A country's name in the reader's language from its ISO code (the code itself when Java does not know it). */
public final class CountryNames {

	private CountryNames() {
	}

	public static String of(String code, Locale locale) {
		String name = new Locale("", iso2(code)).getDisplayCountry(locale);
		return name.isBlank() || name.equals(code) ? code : name;
	}

	/**
	 * The two-letter code of a three-letter one (COL → CO): a submission's origins are nationalities, often written
	 * as ISO 3166 alpha-3 like the demo's HTI, CUB and VEN; any other code is returned as it is.
	 */
	private static String iso2(String code) {
		if (code.length() == 3) {
			for (String two : Locale.getISOCountries()) {
				if (new Locale("", two).getISO3Country().equals(code)) {
					return two;
				}
			}
		}
		return code;
	}
}

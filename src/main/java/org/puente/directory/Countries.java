package org.puente.directory;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Country names come from the JDK in every language, so they are never retyped or mistranslated. Templates reach
 * it as {@code @countries}.
 */
@Component("countries")
public class Countries {

	public static String nameOf(String iso2, Locale locale) {
		String name = new Locale("", iso2).getDisplayCountry(locale);
		return name.isBlank() ? iso2 : name;
	}

	/**
	 * The codes of the countries whose name in {@code locale} contains {@code words}, case and accents aside
	 * ("panama" → PA), for searches of entries that store a code, as an alternation "PA|PE"; empty when none.
	 */
	public static String namedLike(String words, Locale locale) {
		return java.util.Arrays.stream(Locale.getISOCountries())
			.filter(c -> org.puente.audit.AuditText.contains(nameOf(c, locale), words))
			.collect(java.util.stream.Collectors.joining("|"));
	}

	/**
	 * The one of Puente's four languages in which a country's officials write: Portuguese in Brazil, French in Haiti,
	 * English in Canada, the United States, Belize, Guyana and the English-speaking Caribbean, and in Suriname (whose
	 * Dutch is not one of the four; it works with its neighbours in English), Spanish elsewhere — the language of most
	 * members of both conferences and of their secretariats.
	 */
	public static String languageOf(@org.jspecify.annotations.Nullable String iso2) {
		if (iso2 == null) {
			return "es";
		}
		return switch (iso2) {
			case "BR" -> "pt";
			case "HT" -> "fr";
			case "CA", "US", "BZ", "GY", "SR", "JM", "BS", "BB", "TT", "AG", "DM", "GD", "KN", "LC", "VC" -> "en";
			default -> "es";
		};
	}

	/** {@link #languageOf} for templates ({@code @countries.language(code)}). */
	public String language(String iso2) {
		return languageOf(iso2);
	}

	public String name(String iso2, Locale locale) {
		return nameOf(iso2, locale);
	}

	/** The countries' names in alphabetical order, as a sentence says a list: "Chile, México y Panamá". */
	public String list(java.util.Collection<String> codes, Locale locale) {
		return com.ibm.icu.text.ListFormatter.getInstance(locale)
			.format(sortedByName(List.copyOf(codes), locale).stream().map(c -> nameOf(c, locale)).toList());
	}

	/**
	 * Every assigned country code except {@code first}, sorted by name in the reader's language: a meeting may be held
	 * anywhere, but a list in code order ("AD, AE, AF…") cannot be scanned by name.
	 */
	public List<String> othersSortedByName(java.util.Collection<String> first, Locale locale) {
		return sortedByName(java.util.Arrays.stream(Locale.getISOCountries()).filter(c -> !first.contains(c)).toList(), locale);
	}

	/** Codes sorted by their name in the reader's language, for select lists. */
	public List<String> sortedByName(List<String> codes, Locale locale) {
		return org.puente.i18n.Collation.sort(codes, c -> nameOf(c, locale), locale);
	}
}

package org.puente.i18n;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Alphabetical order as the reader's language has it: accents and case do not move a word to the end of the list
 * ("Perú" between "Paraguay" and "República Dominicana"), and a name is filed under its first letter as shown
 * ("El Salvador" under E, "resolución definitiva" under R).
 */
public final class Collation {

	private Collation() {
	}

	public static Comparator<String> of(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		// accents and case only break ties: "Panamá" and "panama" sit together
		collator.setStrength(Collator.TERTIARY);
		return collator::compare;
	}

	/** Items sorted by the name the reader sees. */
	public static <T> List<T> sort(List<T> items, Function<T, String> name, Locale locale) {
		Comparator<String> order = of(locale);
		return items.stream().sorted(Comparator.comparing(name, order)).toList();
	}
}

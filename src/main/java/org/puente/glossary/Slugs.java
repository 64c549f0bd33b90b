package org.puente.glossary;

import java.util.function.Predicate;

import org.puente.i18n.TextFolding;

/** URL names for terms, made from their Spanish (or first) label: "Migrante extrarregional" → migrante-extrarregional. */
final class Slugs {

	private Slugs() {
	}

	static String of(String label) {
		String slug = TextFolding.fold(label).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > 100) {
			slug = slug.substring(0, 100);
		}
		return slug.isEmpty() ? "termino" : slug;
	}

	static String unique(String label, Predicate<String> taken) {
		String base = of(label);
		String slug = base;
		for (int i = 2; taken.test(slug); i++) {
			slug = base + "-" + i;
		}
		return slug;
	}
}

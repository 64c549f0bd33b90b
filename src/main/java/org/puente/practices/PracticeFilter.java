package org.puente.practices;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.Collation;

/**
 * The published list's filters, the same for the page, its CSV and XLSX and the API: thematic session, conference,
 * country (ISO 3166-1 alpha-2) and Global Compact objective; an empty one keeps every practice.
 */
record PracticeFilter(@Nullable Integer session, @Nullable String process, @Nullable String country,
		@Nullable Integer objective) {

	static PracticeFilter of(@Nullable Integer session, @Nullable String process, @Nullable String country,
			@Nullable Integer objective) {
		return new PracticeFilter(session, blankless(process), country == null || country.isBlank() ? null
				: country.strip().toUpperCase(Locale.ROOT), objective);
	}

	private static @Nullable String blankless(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
	}

	boolean keeps(Practice p) {
		return p.getStatus() == PracticeStatus.ACCEPTED
				&& (session == null || p.getThematicSessions().contains(session))
				&& (process == null || p.getProcess().equalsIgnoreCase(process))
				&& (country == null || p.getCountries().contains(country))
				&& (objective == null || p.getObjectives().contains(objective));
	}

	/** The published practices among {@code practices} that the filters keep, by title in the reader's language. */
	List<Practice> published(List<Practice> practices, Locale locale) {
		return practices.stream().filter(this::keeps)
			.sorted(Comparator.comparing((Practice p) -> p.text(locale.getLanguage()).title(), Collation.of(locale)))
			.toList();
	}
}

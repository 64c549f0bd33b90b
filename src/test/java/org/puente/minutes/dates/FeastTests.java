package org.puente.minutes.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Feasts named instead of a date: those counted from Easter ("el Viernes Santo" was read as the next Friday) and fixed
 * ones ("Navidad", "la Toussaint"), in the meeting's year or the next; names and things named after a feast are no
 * date. Hand-written sentences.
 */
class FeastTests {

	private static final LocalDate TUESDAY_20_FEBRUARY_2018 = LocalDate.of(2018, 2, 20);

	private final TemporalTagger tagger = new TemporalTagger();

	private List<String> read(String lang, String text, LocalDate meeting) {
		return tagger.tag(text, meeting, lang).stream().map(m -> m.first() + ".." + m.last()).toList();
	}

	private List<String> read(String lang, String text) {
		return read(lang, text, TUESDAY_20_FEBRUARY_2018);
	}

	@Test
	void computesEasterSundayOfPublishedYears() {
		assertThat(List.of(1943, 2000, 2008, 2011, 2018, 2019, 2024, 2025, 2026, 2038, 2285).stream().map(Feasts::easter)
			.map(LocalDate::toString))
			.containsExactly("1943-04-25", "2000-04-23", "2008-03-23", "2011-04-24", "2018-04-01", "2019-04-21", "2024-03-31",
					"2025-04-20", "2026-04-05", "2038-04-25", "2285-03-22");
	}

	@Test
	void readsTheFeastsCountedFromEaster() {
		assertThat(read("es", "Se entregará antes del Viernes Santo.")).containsExactly("2018-03-30..2018-03-30");
		assertThat(read("es", "durante la Semana Santa")).containsExactly("2018-03-26..2018-04-01");
		assertThat(read("es", "el jueves de Corpus Christi")).containsExactly("2018-05-31..2018-05-31");
		assertThat(read("en", "on Easter Monday")).containsExactly("2018-04-02..2018-04-02");
		assertThat(read("en", "before Good Friday")).containsExactly("2018-03-30..2018-03-30");
		assertThat(read("pt", "até a Sexta-feira Santa")).containsExactly("2018-03-30..2018-03-30");
		assertThat(read("pt", "depois da Páscoa")).containsExactly("2018-04-01..2018-04-01");
		assertThat(read("fr", "jeudi de l'Ascension")).containsExactly("2018-05-10..2018-05-10");
		assertThat(read("fr", "le lundi de Pâques")).containsExactly("2018-04-02..2018-04-02");
		assertThat(read("fr", "avant la Pentecôte")).containsExactly("2018-05-20..2018-05-20");
		assertThat(read("fr", "à Pâques 2025")).containsExactly("2025-04-20..2025-04-20");
		assertThat(read("pt", "antes do Carnaval", LocalDate.of(2024, 1, 10))).containsExactly("2024-02-10..2024-02-13");
		assertThat(read("fr", "le Mardi gras", LocalDate.of(2024, 1, 10))).containsExactly("2024-02-13..2024-02-13");
	}

	@Test
	void readsAFeastPastMonthsAgoInTheNextYear() {
		assertThat(read("fr", "après Pâques", LocalDate.of(2018, 9, 10))).containsExactly("2019-04-21..2019-04-21");
	}

	@Test
	void readsTheFixedFeasts() {
		LocalDate november = LocalDate.of(2024, 11, 5);
		assertThat(read("es", "para Navidad", november)).containsExactly("2024-12-25..2024-12-25");
		assertThat(read("en", "by Christmas", november)).containsExactly("2024-12-25..2024-12-25");
		assertThat(read("pt", "até o Natal", november)).containsExactly("2024-12-25..2024-12-25");
		assertThat(read("en", "before the New Year", november)).containsExactly("2025-01-01..2025-01-01");
		assertThat(read("fr", "d'ici la Toussaint", LocalDate.of(2024, 10, 2))).containsExactly("2024-11-01..2024-11-01");
		assertThat(read("es", "las vacaciones de Navidad (19 de diciembre)", november)).containsExactly("2024-12-19..2024-12-19");
	}

	@Test
	void readsNoFeastInANameOrAThingNamedAfterIt() {
		assertThat(read("en", "recalling the commitment in the Good Friday Agreement")).isEmpty();
		assertThat(read("fr", "Jean-Noël Bergeron présente le budget")).isEmpty();
		assertThat(read("fr", "Les mandats de MM. David Toussaint et Guillaume Lacasa sont prolongés")).isEmpty();
		assertThat(read("pt", "encontro do PyLadies Natal")).isEmpty();
		assertThat(read("pt", "a reunião em Natal")).isEmpty();
		assertThat(read("en", "Final plans made for the Christmas party")).isEmpty();
		assertThat(read("fr", "Arbre de Noël fixé au 17 décembre", LocalDate.of(2025, 11, 24))).containsExactly("2025-12-17..2025-12-17");
		assertThat(read("en", "We will meet in the new year", LocalDate.of(2024, 11, 5))).isEmpty();
	}
}

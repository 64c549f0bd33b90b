package org.puente.minutes.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Days listed one after the other ("lunes 18, martes 19 y miércoles 20 de marzo") are one stretch of days, from the
 * first to the last, as the corpus conventions read "7 y 8 de septiembre"; days apart stay apart. Minutes of
 * Wednesday 13 March 2024; hand-written, not taken from the corpus.
 */
class ListedDaysTests {

	private static final LocalDate WEDNESDAY_13_MARCH_2024 = LocalDate.of(2024, 3, 13);

	private final TemporalTagger tagger = new TemporalTagger();

	private List<String> read(String lang, String text) {
		return tagger.tag(text, WEDNESDAY_13_MARCH_2024, lang).stream().map(m -> m.first() + ".." + m.last()).toList();
	}

	@Test
	void readsDaysListedWithTheirWeekdaysAsOneStretch() {
		assertThat(read("es", "Lunes 18, martes 19 y miércoles 20 de marzo, reuniones del equipo directivo."))
			.containsExactly("2024-03-18..2024-03-20");
		assertThat(read("es", "PARO POR 72 HORAS (LUNES 18 ,MARTES 19 Y MIÉRCOLES 20 DE MARZO)"))
			.containsExactly("2024-03-18..2024-03-20");
		assertThat(read("pt", "Oficinas na terça-feira 19, quarta-feira 20 e quinta-feira 21 de março"))
			.containsExactly("2024-03-19..2024-03-21");
		assertThat(read("fr", "Ateliers le lundi 18, mardi 19 et mercredi 20 mars"))
			.containsExactly("2024-03-18..2024-03-20");
	}

	@Test
	void readsAListAcrossTwoMonthsAndWeekdaysAloneAsOneStretch() {
		assertThat(read("es", "Viernes 29 de marzo, sábado 30 y domingo 31 de marzo")).containsExactly("2024-03-29..2024-03-31");
		assertThat(read("en", "Send out public communications on Monday and Tuesday.")).containsExactly("2024-03-18..2024-03-19");
		assertThat(read("fr", "Permanence lundi et mardi")).containsExactly("2024-03-18..2024-03-19");
	}

	@Test
	void readsADaySaidTwiceAsOneDay() {
		assertThat(read("es", "Mañana jueves, 14 de marzo, y el viernes 15, los padres se inscriben"))
			.containsExactly("2024-03-14..2024-03-15");
	}

	@Test
	void keepsDaysApartAsTheirOwnDates() {
		assertThat(read("fr", "libérer le vendredi 15 mars et lundi 18 mars")).containsExactly("2024-03-15..2024-03-15",
				"2024-03-18..2024-03-18");
		assertThat(read("es", "el 3 de abril, el 10 de abril y el 17 de abril")).hasSize(3);
		assertThat(read("fr", "samedi prochain, le 23 mars")).doesNotContain("2024-03-16..2024-03-23");
	}
}

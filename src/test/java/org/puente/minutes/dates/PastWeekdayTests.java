package org.puente.minutes.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A weekday said to be past ("last Tuesday", "el pasado martes", "mardi dernier", "na terça-feira passada") is the
 * latest such day before the meeting, not the next one; a month's last weekday ("the last Tuesday of each month",
 * "le dernier mardi du mois") is no past day. Hand-written sentences, minutes of Wednesday 13 March 2024.
 */
class PastWeekdayTests {

	private static final LocalDate WEDNESDAY_13_MARCH_2024 = LocalDate.of(2024, 3, 13);

	private final TemporalTagger tagger = new TemporalTagger();

	private List<String> read(String lang, String text) {
		return tagger.tag(text, WEDNESDAY_13_MARCH_2024, lang).stream().map(m -> m.first() + ".." + m.last()).toList();
	}

	@Test
	void readsAWeekdaySaidPastAsTheLatestBeforeTheMeeting() {
		assertThat(read("es", "Como se acordó el pasado martes, Juan enviará el informe.")).containsExactly("2024-03-12..2024-03-12");
		assertThat(read("es", "Lo presentó el martes pasado.")).containsExactly("2024-03-12..2024-03-12");
		assertThat(read("es", "Lo que se habló el último viernes")).containsExactly("2024-03-08..2024-03-08");
		assertThat(read("en", "As agreed last Tuesday, Ann will send the report.")).containsExactly("2024-03-12..2024-03-12");
		assertThat(read("en", "The draft circulated this past Friday.")).containsExactly("2024-03-08..2024-03-08");
		assertThat(read("pt", "Conforme decidido na terça-feira passada")).containsExactly("2024-03-12..2024-03-12");
		assertThat(read("pt", "a última terça-feira")).containsExactly("2024-03-12..2024-03-12");
		assertThat(read("fr", "Comme convenu mardi dernier")).containsExactly("2024-03-12..2024-03-12");
		assertThat(read("fr", "le mardi précédent")).containsExactly("2024-03-12..2024-03-12");
	}

	@Test
	void readsAWeekdayOfLastWeekInThatWeek() {
		assertThat(read("en", "Bob raised it on Friday last week")).containsExactly("2024-03-08..2024-03-08");
		assertThat(read("es", "el viernes de la semana pasada")).containsExactly("2024-03-08..2024-03-08");
		assertThat(read("fr", "vendredi de la semaine dernière")).containsExactly("2024-03-08..2024-03-08");
		assertThat(read("en", "on Monday of last week")).containsExactly("2024-03-04..2024-03-04");
	}

	@Test
	void readsAMonthsLastWeekdayAsNoPastDay() {
		assertThat(read("en", "the last Tuesday of the month")).containsExactly("2024-03-26..2024-03-26");
		assertThat(read("fr", "le dernier mardi du mois")).containsExactly("2024-03-26..2024-03-26");
		assertThat(read("es", "la última semana de mayo")).containsExactly("2024-05-25..2024-05-31");
		assertThat(read("pt", "a última terça-feira de cada mês")).isEmpty();
		assertThat(read("en", "the last Tuesday of each month")).isEmpty();
		assertThat(read("en", "the last Friday before the holidays")).isEmpty();
		assertThat(read("es", "reuniones mensuales (el primer o segundo martes de cada mes)")).isEmpty();
		assertThat(read("fr", "un évènement par mois, le 3ème lundi de chaque mois")).isEmpty();
	}

	@Test
	void leavesAPastWeekdayOutOfAnItemsDates() {
		assertThat(tagger.tagItem("As agreed last Tuesday, Ann will send the report.", List.of(), WEDNESDAY_13_MARCH_2024, "en"))
			.isEmpty();
		assertThat(tagger.tagItem("Conforme decidido na terça-feira passada, Ana vai enviar a ata até sexta-feira.", List.of(),
				WEDNESDAY_13_MARCH_2024, "pt"))
			.extracting(m -> m.first().toString())
			.containsExactly("2024-03-15");
	}

	@Test
	void readsAPluralWeekdayAfterALimitAsTheNextOne() {
		assertThat(read("en", "add actual code by thursdays")).containsExactly("2024-03-14..2024-03-14");
		assertThat(read("en", "The club meets on Thursdays")).isEmpty();
	}
}

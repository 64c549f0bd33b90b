package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Tasks the group takes on ("we will", "nous allons", "vamos a", "todos devem"), and notes under the agenda's points. */
class GroupTasksTests {

	@Test
	void tellsATaskTheGroupTakesOnInFourLanguages() {
		assertThat(Narrative.states("We will publish the report on the website.")).isTrue();
		assertThat(Narrative.states("Nous allons contacter la mairie pour la salle.")).isTrue();
		assertThat(Narrative.states("Vamos a enviar la propuesta al ayuntamiento.")).isTrue();
		assertThat(Narrative.states("El equipo se encarga de preparar el stand de la feria.")).isTrue();
		assertThat(Narrative.states("Todos devem preencher a planilha de horas.")).isTrue();
		assertThat(Narrative.states("Enviaremos el acta a los socios por correo.")).isTrue();
	}

	@Test
	void leavesPlansToTalkAndQuestionsOut() {
		assertThat(Narrative.states("We will see how the new schedule works.")).isFalse();
		assertThat(Narrative.states("We'll discuss the logo next time.")).isFalse();
		assertThat(Narrative.states("Qué datos vamos a incluir en el formulario")).isFalse();
		assertThat(Narrative.states("Nous verrons à la rentrée.")).isFalse();
	}

	@Test
	void readsTheDecisionsInTheNotesWrittenUnderTheAgendasPoints() {
		MinutesReading.Result result = TestFiles.READING.read("""
				## Agenda

				- Budget
				- Venue: we compared three halls, and the old one is too small for the audience expected this year. We will book the town library for the June meeting.
				""", LocalDate.of(2025, 4, 9), Optional.of("en"));
		assertThat(result.items()).extracting(MinutesItem::text)
			.containsExactly("We will book the town library for the June meeting.");
	}
}

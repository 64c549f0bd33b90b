package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tasks the group takes on ("we will", "nous allons", "vamos a", "todos devem"), and notes under the agenda's points. */
class GroupTasksTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			We will publish the report on the website. | true
			Nous allons contacter la mairie pour la salle. | true
			Vamos a enviar la propuesta al ayuntamiento. | true
			El equipo se encarga de preparar el stand de la feria. | true
			Todos devem preencher a planilha de horas. | true
			Enviaremos el acta a los socios por correo. | true
			We will see how the new schedule works. | false
			We'll discuss the logo next time. | false
			Qué datos vamos a incluir en el formulario | false
			Nous verrons à la rentrée. | false
			""")
	void tellsATaskTheGroupTakesOnFromPlansToTalkAndQuestions(String text, boolean task) {
		assertThat(Narrative.states(text)).isEqualTo(task);
	}

	@Test
	void readsTheDecisionsInTheNotesWrittenUnderTheAgendasPoints() {
		assertThat(TestFiles.itemTexts("""
				## Agenda

				- Budget
				- Venue: we compared three halls, and the old one is too small for the audience expected this year. We will book the town library for the June meeting.
				""", "en"))
			.containsExactly("We will book the town library for the June meeting.");
	}
}

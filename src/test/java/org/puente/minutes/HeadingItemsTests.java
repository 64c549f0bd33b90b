package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Markdown headings that are part of an item (bench/minutes-quality/README.md, "Headings that are items, 6 December";
 * made-up minutes): a task written as a heading under a decisions heading with its details below it, and a motion
 * written as a heading with only its vote below it.
 */
class HeadingItemsTests {

	@Test
	void aTaskWrittenAsAHeadingUnderTheDecisionsOpensTheItemBelowIt() {
		assertThat(TestFiles.itemTexts("""
				# Tareas pendientes

				## Inventario de equipos

				Revisar qué portátiles siguen en préstamo y anotarlo en la hoja compartida.

				## Servidor de correo

				Mover el buzón de la secretaría al servidor nuevo antes de marzo.
				""", "es")).containsExactly(
				"Inventario de equipos: Revisar qué portátiles siguen en préstamo y anotarlo en la hoja compartida.",
				"Servidor de correo: Mover el buzón de la secretaría al servidor nuevo antes de marzo.");
	}

	@Test
	void aHeadingOverItsVoteAloneIsTheMotionVoted() {
		assertThat(TestFiles.itemTexts("""
				## Old business

				### Purchase of a second projector for the reading room

				Passed unanimously.

				### Saturday opening hours of the library

				Approved.
				""", "en")).containsExactly("Purchase of a second projector for the reading room",
				"Saturday opening hours of the library");
	}

	@Test
	void aHeadingLeadsNeitherTheRecordOfAMeetingNorTheItemsOfAnOrdinarySection() {
		assertThat(TestFiles.itemTexts("""
				# Acuerdos de las reuniones

				### Reunión 2024-03

				* **Asistentes:** Ana Ruiz, Luis Pardo.
				* Ana preparará el presupuesto de la feria.
				""", "es")).noneMatch(text -> text.startsWith("Reunión 2024-03"));
		assertThat(TestFiles.itemTexts("""
				# Informe de la semana

				## Feria del libro

				Se acordó que Luis reservará el puesto de la feria antes del viernes.
				""", "es")).containsExactly("Se acordó que Luis reservará el puesto de la feria antes del viernes.");
	}
}

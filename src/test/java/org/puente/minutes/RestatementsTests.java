package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each agreement once: a recap section that restates the tasks adds nothing; a repeat inside one section stays. */
class RestatementsTests {

	@Test
	void leavesOutARecapThatRestatesTheTasksOfAnEarlierSection() {
		assertThat(TestFiles.itemTexts("""
				## Action items

				| Task | Owner |
				|---|---|
				| Write the user guide and update the decision log | Ana |
				| Book the room for the final demo | Tom |

				## Outcome

				* Ana: user guide and decision log
				* Tom: room for the demo
				* Everyone presents the demo on stage
				""", "en")).containsExactly(
				"Write the user guide and update the decision log | Ana", "Book the room for the final demo | Tom",
				"Everyone presents the demo on stage");
	}

	@Test
	void keepsTheSameTaskTwiceInOneSectionAndALabelledDecision() {
		assertThat(TestFiles.itemTexts("""
				## Acuerdos

				- Proyecto web:
				    - Actualizar el calendario del proyecto en la wiki.
				- Proyecto móvil:
				    - Actualizar el calendario del proyecto en la wiki.

				## Próximo sprint

				**Decisión:** Actualizar el calendario del proyecto en la wiki cada viernes.
				""", "es")).containsExactly(
				"Actualizar el calendario del proyecto en la wiki.", "Actualizar el calendario del proyecto en la wiki.",
				"**Decisión:** Actualizar el calendario del proyecto en la wiki cada viernes.");
	}

	@Test
	void proposesABlockOnceWhenTwoReadingsFindIt() {
		MinutesReading.Result result = TestFiles.readText("""
				## Transferring the logo

				The Foundation should accept the transfer of the logo from its author.

				Proposed by: Ana

				Unanimously approved.
				""", "en");
		assertThat(result.items()).extracting(MinutesItem::text)
			.containsExactly("The Foundation should accept the transfer of the logo from its author.");
	}

	/** The same task as a bullet, then as the task table's row with its owner and day: the row is the one kept. */
	@Test
	void keepsTheRestatementThatCarriesTheOwnerAndTheDate() {
		MinutesReading.Result result = TestFiles.readText("""
				## Decisions

				- Prepare the budget report for the general assembly

				## Action items

				| Task | Owner | Due |
				|---|---|---|
				| Prepare the budget report for the general assembly | Ana | 15/03/2026 |
				""", "en");
		assertThat(result.items()).hasSize(1);
		assertThat(result.items().get(0).text()).contains("| Ana");
		assertThat(result.items().get(0).dates()).isNotEmpty();
	}
}

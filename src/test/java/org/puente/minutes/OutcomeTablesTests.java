package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The minutes' own table of notes and outcomes, and a list inside a table's cell (bench/minutes-quality/README.md,
 * "Lines with no candidate, 6 December"; made-up minutes).
 */
class OutcomeTablesTests {

	@Test
	void aTableOfNotesAndActionsIsTheMinutesAccountEvenUnderAnAgendaLabel() {
		// written at the meeting (a column of notes), so not its agenda: each point of the actions' cell is a task
		MinutesReading.Result result = TestFiles.readText("""
				# Reunión del comité, 22 de enero

				**Orden del día 22.01**<br>

				| Tema | Notas | Acciones |
				| --- | --- | --- |
				| Presupuesto | <p>- Se revisaron las cifras del trimestre.<br>- Faltan dos facturas.</p> | <p>- Preparar el informe para la asamblea.<br>- Pedir las facturas al proveedor.</p> |
				| Local | Se habló del alquiler del local de la calle Mayor. | - Firmar el contrato del local. |
				| Varios | Nada que señalar. | |
				""", "es");
		assertThat(result.items()).extracting(MinutesItem::text).containsExactly(
				"Presupuesto | Preparar el informe para la asamblea.", "Presupuesto | Pedir las facturas al proveedor.",
				"Local | - Firmar el contrato del local.");
	}

	@Test
	void eachPointOfATaskCellKeepsTheRowsOwnerAndDeadline() {
		MinutesReading.Result result = TestFiles.readText("""
				## Tarefas

				| Tarefa | Responsável | Prazo |
				| --- | --- | --- |
				| • Revisar a tabela de testes<br>• Atualizar o diagrama | Ana Souza | 15/03/2025 |
				| Publicar a versão 2 | Caio Ramos | 20/03/2025 |
				""", "pt");
		assertThat(result.items()).extracting(MinutesItem::text).containsExactly(
				"Revisar a tabela de testes | Ana Souza | 15/03/2025", "Atualizar o diagrama | Ana Souza | 15/03/2025",
				"Publicar a versão 2 | Caio Ramos | 20/03/2025");
		assertThat(result.items().get(1).responsible()).extracting(ItemParty::label).containsExactly("Ana Souza");
		assertThat(result.items().get(1).dates()).extracting(d -> d.start().toString()).containsExactly("2025-03-15");
	}

	@Test
	void aPointThatLeadsInKeepsItsPointsAsOneItem() {
		assertThat(TestFiles.itemTexts("""
				## Decisions

				| Decision | Why |
				| --- | --- |
				| - get the sprint ready by making:<br>- some personas<br>- wireframes | to keep to the schedule |
				""", "en")).hasSize(1);
	}

	@Test
	void anAgendaTableWithoutNotesStaysTheAgenda() {
		assertThat(TestFiles.itemTexts("""
				## Agenda

				| Topic | Actions | Presenter |
				| --- | --- | --- |
				| Budget | For decision | Ana |
				| Premises | For information | Luc |

				## Decisions

				- The budget is approved.
				""", "en")).containsExactly("The budget is approved.");
	}
}

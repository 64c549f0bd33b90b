package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Markdown minutes read by their structure: sections by their heading, task tables by their header, spans kept. */
class MarkdownStructureTests {

	@Test
	void readsEachRowOfATaskTableWithItsOwnerAndItsDeadlineColumn() {
		MinutesReading.Result result = TestFiles.readText("""
				## Novas tarefas

				| Atividade | Data limite | Executor Responsável | Revisor |
				|---|---|---|---|
				| Atualizar o documento de visão | 12/04/2025 | Sara | João |
				| Criar o repositório | Sexta-feira | Edvan | Rhuan |
				""", "pt");
		assertThat(result.items()).hasSize(2);
		MinutesItem first = result.items().get(0);
		assertThat(first.text()).startsWith("Atualizar o documento de visão");
		assertThat(first.responsible()).extracting(ItemParty::label).containsExactly("Sara");
		assertThat(first.dates()).extracting(ItemDate::start).containsExactly(LocalDate.of(2025, 4, 12));
		assertThat(first.dates()).extracting(ItemDate::kind).containsExactly(ItemDate.Kind.DEADLINE);
		// "Sexta-feira": the first Friday after the meeting (Wednesday 9 April)
		assertThat(result.items().get(1).dates()).extracting(ItemDate::start).containsExactly(LocalDate.of(2025, 4, 11));
	}

	@Test
	void leavesTheAgendaOutAndReadsTheTasksSection() {
		String text = """
				## Agenda
				1. Revisión del sprint
				2. Planificación

				## Discusión
				Se revisó el avance del sprint.

				## Tareas próxima semana
				- Ana actualizará el tablero antes del sábado
				- Luis: revisar el PR
				""";
		MinutesReading.Result result = TestFiles.readText(text, "es");
		assertThat(result.items()).extracting(MinutesItem::text)
			.containsExactly("Ana actualizará el tablero antes del sábado", "Luis: revisar el PR");
		MinutesItem first = result.items().get(0);
		assertThat(text.substring(first.span().start(), first.span().end())).startsWith("Ana actualizará el tablero");
		assertThat(first.dates()).extracting(ItemDate::start).containsExactly(LocalDate.of(2025, 4, 12));
	}

	@Test
	void takesInlineDecisionsAndVotedMotionsOutsideDecisionSections() {
		MinutesReading.Result result = TestFiles.readText("""
				## Bank account

				Cart shall open a bank account on behalf of the Foundation.

				Proposed by: Cart

				Unanimously approved.

				## Reviews

				- ACTION: Alice to update the PR by Wednesday
				- We looked at the open issues
				""", "en");
		assertThat(result.items()).extracting(MinutesItem::text).containsExactly(
				"Cart shall open a bank account on behalf of the Foundation.",
				"ACTION: Alice to update the PR by Wednesday");
		assertThat(result.items().get(1).dates()).extracting(ItemDate::start).containsExactly(LocalDate.of(2025, 4, 16));
	}

	@Test
	void readsFrenchDecisionHeadings() {
		MinutesReading.Result result = TestFiles.readText("""
				# Compte rendu

				## Ordre du jour
				- Budget

				## Relevé de décisions
				- Le bureau enverra le budget d'ici fin avril.
				""", "fr");
		assertThat(result.items()).extracting(MinutesItem::text)
			.containsExactly("Le bureau enverra le budget d'ici fin avril.");
		assertThat(result.items().get(0).dates()).extracting(ItemDate::end).containsExactly(LocalDate.of(2025, 4, 30));
	}
}

package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lists of actions outside a decisions section (invented examples, one per language). */
class ActionListsTests {

	@Test
	void readsEachItemOfAListOfActionsUnderANeutralHeading() {
		MinutesReading.Result result = TestFiles.readText("""
				# Reunión del equipo

				## Repositorio

				Hablamos de cómo organizar el trabajo de la semana.

				- Crear el grupo de mensajería con todo el equipo
				- Subir la plantilla del informe - Marta - 20/10
				- Revisar las normas de la asignatura
				""", "es");
		assertThat(result.items()).extracting(MinutesItem::text).containsExactly(
				"Crear el grupo de mensajería con todo el equipo", "Subir la plantilla del informe - Marta - 20/10",
				"Revisar las normas de la asignatura");
	}

	@Test
	void readsAListOfActionsAfterAPointsTitleUnderTheAgenda() {
		MinutesReading.Result result = TestFiles.readText("""
				## Agenda items

				**Code of conduct** – improvements
				- make the wording more formal
				- add one sentence per ambition
				- improve communication
				""", "en");
		assertThat(result.items()).extracting(MinutesItem::text).containsExactly("make the wording more formal",
				"add one sentence per ambition", "improve communication");
	}

	@Test
	void leavesTheAgendasOwnListATopicsListAndTheObjectivesOut() {
		MinutesReading.Result result = TestFiles.readText("""
				## Ordre du jour

				- Valider le budget
				- Préparer la fête
				- Organiser le covoiturage

				## Sujets

				- Budget de l'année
				- Local
				- Site internet

				## Objectifs

				- Définir les rôles
				- Choisir un outil
				- Fixer les réunions
				""", "fr");
		assertThat(result.items()).isEmpty();
	}

	@Test
	void readsAPlainTextListOfActionsWithTheOwnerAndDeadlineWrittenOnEachLine() {
		MinutesReading.Result result = TestFiles.readText("""
				Acta de la reunión 2

				Repartimos el trabajo de la primera entrega entre todos.

				Tareas (tarea - responsable - fecha límite):
				1. Crear el tablero de tareas del equipo - Marta - 20/10/2025
				2. Redactar el documento de requisitos - Pablo - 24/10/2025
				3. Revisar la plantilla del informe - Marta - 27/10/2025
				""", "es");
		assertThat(result.items()).extracting(MinutesItem::text).containsExactly(
				"Crear el tablero de tareas del equipo - Marta - 20/10/2025",
				"Redactar el documento de requisitos - Pablo - 24/10/2025",
				"Revisar la plantilla del informe - Marta - 27/10/2025");
		assertThat(result.items().get(1).dates()).extracting(ItemDate::start).containsExactly(java.time.LocalDate.of(2025, 10, 24));
		assertThat(result.items().get(1).responsible()).extracting(ItemParty::label).containsExactly("Pablo");
	}

	@Test
	void takesTheOwnerAndDeadlineLinesBelowATaskForItsFieldsNotForItems() {
		MinutesReading.Result result = TestFiles.readText("""
				## Ações

				- Revisar o cronograma da entrega com a equipe
				  - **Responsável**: Ana Souza
				  - **Prazo**: 15/04/2025
				""", "pt");
		assertThat(result.items()).hasSize(1);
		assertThat(result.items().get(0).text()).startsWith("Revisar o cronograma");
		assertThat(result.items().get(0).dates()).extracting(ItemDate::start).containsExactly(java.time.LocalDate.of(2025, 4, 15));
		assertThat(result.items().get(0).responsible()).extracting(ItemParty::label).containsExactly("Ana Souza");
	}

	@Test
	void readsTheAimsSetForTheNextMeetingAsItsTasksButNotTheProjectsAims() {
		MinutesReading.Result result = TestFiles.readText("""
				# Compte rendu

				## Objectifs du projet
				- Comprendre les besoins des clubs
				- Proposer une application simple
				- Publier le code sous licence libre

				## Objectifs prochaine réunion
				- Terminer la maquette de l'accueil
				- Rédiger le compte rendu
				- Préparer la démonstration
				""", "fr");
		assertThat(result.items()).extracting(MinutesItem::text).containsExactly("Terminer la maquette de l'accueil",
				"Rédiger le compte rendu", "Préparer la démonstration");
	}
}

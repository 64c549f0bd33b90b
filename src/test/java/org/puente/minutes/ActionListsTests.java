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
}

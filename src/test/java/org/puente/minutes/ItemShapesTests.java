package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Shapes of items that real minutes share: where an item starts, which heading holds decisions, who is named. */
class ItemShapesTests {

	@Test
	void readsALineThatStatesTheAgreementAsTheItemNotAsTheVoteOnTheLineAbove() {
		MinutesReading.Result result = TestFiles.readText("""
				## Signing the minutes

				Discussed how to sign the minutes.

				Agreed on keeping the minutes in the shared drive, approved by the members by e-mail.
				""", "en");
		assertThat(result.items()).extracting(MinutesItem::text)
			.containsExactly("Agreed on keeping the minutes in the shared drive, approved by the members by e-mail.");
	}

	@Test
	void takesANumberedAgendaPointForItsSubjectNotForAListOfDecisions() {
		MinutesReading.Result result = TestFiles.readText("""
				## Minutes

				### Agenda 1: Documentation tasks

				* Each member went over the state of the manuals.

				### Punto 2. Acuerdos adoptados

				* Publicar el manual en la web.
				""", "es");
		assertThat(result.items()).extracting(MinutesItem::text).containsExactly("Publicar el manual en la web.");
	}

	@Test
	void readsTheWholeNumberedPointWhenTheDecisionIsToldInsideIt() {
		MinutesReading.Result result = TestFiles.readText("""
				Temas nuevos
				------------

				1. Reuniones por videollamada. Se resolvió que las reuniones de la comisión sean privadas.

				2. Logo de la asociación. Pendiente de resolución. Para la próxima reunión Ana traerá una propuesta.

				3. Página web. Luis enviará un correo a la lista.
				""", "es");
		assertThat(result.items()).extracting(MinutesItem::text).containsExactly(
				"Reuniones por videollamada. Se resolvió que las reuniones de la comisión sean privadas.",
				"Logo de la asociación. Pendiente de resolución. Para la próxima reunión Ana traerá una propuesta.",
				"Página web. Luis enviará un correo a la lista.");
	}

	@Test
	void takesAPointThatOpensWithAnArrowForTheOutcomeOfItsTopic() {
		MinutesReading.Result result = TestFiles.readText("""
				## Ordre du jour

				* Salle pour la conférence
				    * Plusieurs lieux ont été visités.
				    * → Réserver la salle de Lyon avant l'été
				""", "fr");
		assertThat(result.items()).extracting(MinutesItem::text).containsExactly("Réserver la salle de Lyon avant l'été");
	}

	@Test
	void namesWhoActsFromABoldLabelOrANicknameBeforeTheColon() {
		MinutesReading.Result result = TestFiles.readText("""
				## Actions

				1. **Calum:** Populate the backlog on the board.
				2. **Description:** Three releases in total.
				3. mdk : Créer l'alias de contact
				""", "en");
		assertThat(result.items()).extracting(item -> item.responsible().stream().map(ItemParty::label).toList())
			.containsExactly(java.util.List.of("Calum"), java.util.List.of(), java.util.List.of("mdk"));
	}
}

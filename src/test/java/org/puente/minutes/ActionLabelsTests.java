package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Actions labelled with their register number ("Action Item A2014-07: …", "Acción A2024-3: …", "Ação A2023-12: …"),
 * one per line in plain text, a status line between them: each line is an item, its label kept, in es/en/pt/fr.
 */
class ActionLabelsTests {

	@Test
	void readsActionsLabelledWithTheirRegisterNumberInTheFourLanguages() {
		assertThat(TestFiles.readText("""
				Minutes of the 8th teleconference

				- Open action items
				Action Item A2014-02: Clarify the status of the submission of the data [MF, HK]
				open, being worked on
				Action Item A2014-03: Revise the draft metadata profile [JK, asap]
				""", "en").items()).extracting(MinutesItem::text).anySatisfy(t -> assertThat(t)
					.startsWith("Action Item A2014-02: Clarify the status"))
			.anySatisfy(t -> assertThat(t).startsWith("Action Item A2014-03: Revise the draft"));
		assertThat(TestFiles.readText("""
				Acta de la teleconferencia

				Acción A2024-3: Enviar el informe a la secretaría [Marta]
				Acción A2024-4: Revisar el presupuesto [Luis]
				""", "es").items()).extracting(MinutesItem::text).anySatisfy(t -> assertThat(t)
					.startsWith("Acción A2024-3: Enviar el informe"));
		assertThat(TestFiles.readText("""
				Ata da reunião

				Ação A2023-12: Publicar a ata no sítio [Rui]
				Ação A2023-13: Convocar a assembleia [Ana]
				""", "pt").items()).extracting(MinutesItem::text).anySatisfy(t -> assertThat(t)
					.startsWith("Ação A2023-12: Publicar a ata"));
		assertThat(TestFiles.readText("""
				Compte rendu de la réunion

				Action A2022-7 : Relancer la mairie [Claire]
				Action A2022-8 : Préparer le budget [Luc]
				""", "fr").items()).extracting(MinutesItem::text).anySatisfy(t -> assertThat(t)
					.startsWith("Action A2022-7 : Relancer la mairie"));
	}
}

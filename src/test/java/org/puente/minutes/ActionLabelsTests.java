package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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

	@Test
	void theOwnersOfALabelledActionAreTheNamesInItsBracketsOrAfterItsHandle() {
		MinutesReading.Result en = TestFiles.readText("""
				Minutes of the 8th teleconference

				Action Item A2014-13: Develop a data quality report [MS and TC to coordinate, all WDCs to contribute]
				Action Item A2014-21: Schedule the next meeting [JK, asap] done
				""", "en");
		assertThat(en.items().get(0).responsible()).extracting(ItemParty::label).containsExactly("MS", "TC");
		assertThat(en.items().get(1).responsible()).extracting(ItemParty::label).containsExactly("JK");
		assertThat(ActionOwners.owners("AI @Markus Fiebig: send information about CF")).containsExactly("Markus Fiebig");
		assertThat(ActionOwners.owners("Acción A2024-3: Enviar el informe [Marta y Luis, 30 de mayo]"))
			.containsExactly("Marta", "Luis");
		assertThat(ActionOwners.owners("Ação A2023-12: Publicar a ata [Rui para rever, próxima reunião]"))
			.containsExactly("Rui");
		assertThat(ActionOwners.owners("Action A2022-7 : Relancer la mairie [Claire et Luc, dès que possible]"))
			.containsExactly("Claire", "Luc");
		assertThat(ActionOwners.owners("The report [Annex 2] was read")).isEmpty();
	}

	@Test
	void aTaskUnderAHeadingThatNamesPeopleIsTheirsInTheFourLanguages() {
		assertThat(owners("""
				= Minutes

				== Action Items

				=== David Berry

				* Send the meeting notes via GitHub

				=== William and Denis

				* Continue work on the guide
				""", "en")).containsExactly(List.of("David Berry"), List.of("William", "Denis"));
		assertThat(owners("""
				# Acta

				## Tareas

				### Marta López

				- Enviar el presupuesto a la junta
				""", "es")).containsExactly(List.of("Marta López"));
		assertThat(owners("""
				# Ata

				## Tarefas

				### Rui e Ana

				- Publicar a ata no sítio
				""", "pt")).containsExactly(List.of("Rui", "Ana"));
		assertThat(owners("""
				# Compte rendu

				## Actions

				### Claire Martin

				- Relancer la mairie
				""", "fr")).containsExactly(List.of("Claire Martin"));
	}

	@Test
	void aHeadingThatNamesATopicNamesNoOne() {
		assertThat(owners("""
				# Minutes

				## Old Business

				- Approve the draft budget
				- Send the invoices
				- Book the room
				""", "en")).allSatisfy(o -> assertThat(o).doesNotContain("Old Business"));
	}

	private static List<List<String>> owners(String text, String lang) {
		return TestFiles.readText(text, lang).items().stream()
			.map(i -> i.responsible().stream().map(ItemParty::label).toList()).toList();
	}

	@Test
	void anActionItemLabelledAiInTheNotesOfTheAgendaIsAnItemOfItsOwner() {
		MinutesReading.Result result = TestFiles.readText("""
				# General meeting

				## Agenda

				- Trademark policy
				  - Policy draft under review, looking for response back early November (**AI: Rockett** to query status)
				  - ''( **AI: Bill S** to send Martin some examples. '')
				""", "en");
		assertThat(result.items()).extracting(MinutesItem::text).anySatisfy(t -> assertThat(t).contains("AI: Bill S"));
		assertThat(result.items()).filteredOn(i -> i.text().contains("AI: Bill S")).first()
			.satisfies(i -> assertThat(i.responsible()).extracting(ItemParty::label).containsExactly("Bill S"));
		assertThat(ActionOwners.owners("(AI all**: please review the mail)")).containsExactly("all");
		assertThat(ActionOwners.owners("The AI model: a new one")).isEmpty();
	}

	@Test
	void underAHeadingOfActionsANameAndADashNameTheOwnerInTheFourLanguages() {
		assertThat(owners("""
				# Minutes

				## Action Items

				- Kate- Transfer the document back to the wiki
				- Dave/JeffL - Update zlib to the new specification
				""", "en")).containsExactly(List.of("Kate"), List.of("Dave", "JeffL"));
		assertThat(owners("""
				# Acta

				## Tareas

				- Marta – Enviar el presupuesto a la junta
				""", "es")).containsExactly(List.of("Marta"));
		assertThat(owners("""
				# Ata

				## Tarefas

				- Rui – Publicar a ata no sítio
				""", "pt")).containsExactly(List.of("Rui"));
		assertThat(owners("""
				# Compte rendu

				## Mesures de suivi

				- Nick – Examiner quelques outils
				""", "fr")).containsExactly(List.of("Nick"));
	}
}

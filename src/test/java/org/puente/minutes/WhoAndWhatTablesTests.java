package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A table of two columns whose one says who acts ("Responsável | Atribuição"): the other says what they do, so each row
 * is a task with its owner (bench/minutes-quality/README.md, "Headings that are items, 6 December"; made-up minutes).
 */
class WhoAndWhatTablesTests {

	@Test
	void eachRowOfAWhoAndWhatTableIsATaskOfItsOwner() {
		MinutesReading.Result result = TestFiles.readText("""
				## Equipe

				| Responsável | Atribuição |
				|---|---|
				| Marta Lopes | Redigir a ata da reunião |
				| Caio Ramos | Preparar o cronograma do semestre |
				""", "pt");
		assertThat(result.items()).extracting(MinutesItem::text).containsExactly("Marta Lopes | Redigir a ata da reunião",
				"Caio Ramos | Preparar o cronograma do semestre");
		assertThat(result.items().get(0).responsible()).extracting(ItemParty::label).containsExactly("Marta Lopes");
	}

	@Test
	void aTwoColumnTableThatSaysNeitherWhoNorWhatIsNoList() {
		assertThat(TestFiles.itemTexts("""
				## Equipe

				| Nome | Curso |
				|---|---|
				| Marta Lopes | Engenharia de Software |
				| Caio Ramos | Design |
				""", "pt")).isEmpty();
	}
}

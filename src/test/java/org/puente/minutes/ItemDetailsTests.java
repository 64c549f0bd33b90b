package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Points under a decision: details stay in it, points that are tasks of their own are items. */
class ItemDetailsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "- Número de socios activos | false", "Budget: 2,000 euros | false",
			"- Enviar la convocatoria a los socios | true", "Update the wiki page | true",
			"Paula will book the room | true", "Relatório final até 30/05 | true" })
	void tellsADetailFromATaskOfItsOwn(String line, boolean ownAction) {
		assertThat(ItemDetails.ownAction(line)).isEqualTo(ownAction);
	}

	@Test
	void keepsTheDetailsListedBelowANumberedDecisionInIt() {
		// the bullets are indented less than the number's text, so Markdown makes them a list of their own
		MinutesReading.Result result = TestFiles.readText("""
				## Encaminhamentos

				1. A secretaria fará o levantamento dos dados do cadastro para a próxima reunião.
				  - Número de associados ativos.
				  - Número de associados em atraso.

				> Dados de 2024 e 2025.

				2. O conselho aprovou o novo regimento interno.
				""", "pt");
		assertThat(result.items()).hasSize(2);
		assertThat(result.items().get(0).text()).startsWith("A secretaria fará o levantamento")
			.contains("Número de associados ativos.", "Número de associados em atraso.", "Dados de 2024 e 2025.");
		assertThat(result.items().get(1).text()).isEqualTo("O conselho aprovou o novo regimento interno.");
	}

	@Test
	void makesEachTaskUnderADecisionAnItemOfItsOwn() {
		assertThat(TestFiles.itemTexts("""
				## Decisions

				- The spring workshop moves to Porto.
				    - Paula will book the venue by Friday
				    - Tom to update the website
				    - Two days, as last year
				""", "en")).containsExactly(
				"The spring workshop moves to Porto. Two days, as last year", "Paula will book the venue by Friday",
				"Tom to update the website");
	}

	@Test
	void keepsADecisionThatEndsInAColonWithItsDetailsAndLeavesABareAnnouncementOut() {
		assertThat(TestFiles.itemTexts("""
				## Planning

				- Foi decidido o calendário das entregas:
				  - Três entregas no total.
				  - Duas semanas por entrega.

				Depois da discussão, as recomendações seguintes foram aprovadas pelo conselho:
				""", "pt")).containsExactly(
				"Foi decidido o calendário das entregas: Três entregas no total. Duas semanas por entrega.");
	}

	@Test
	void readsATableOfStoriesAndPointsAsAnInventoryUnlessUnderADecisionsHeading() {
		String table = """
				| Historia | Puntos |
				|---|---|
				| Pantalla de inicio | 3 |
				| Registro de usuarios | 5 |
				""";
		assertThat(TestFiles.readText("## Estimación\n\n" + table, "es").items()).isEmpty();
		assertThat(TestFiles.readText("## Tareas de la semana\n\n" + table, "es").items()).extracting(MinutesItem::text)
			.containsExactly("Pantalla de inicio", "Registro de usuarios"); // a mere number says nothing of the task
	}
}

package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Points under a decision: details stay in it, points that are tasks of their own are items. */
class ItemDetailsTests {

	private static MinutesReading.Result read(String text, String lang) {
		return TestFiles.READING.read(text, LocalDate.of(2025, 4, 9), Optional.of(lang));
	}

	@Test
	void tellsADetailFromATaskOfItsOwn() {
		assertThat(ItemDetails.ownAction("- Número de socios activos")).isFalse();
		assertThat(ItemDetails.ownAction("Budget: 2,000 euros")).isFalse();
		assertThat(ItemDetails.ownAction("- Enviar la convocatoria a los socios")).isTrue();
		assertThat(ItemDetails.ownAction("Update the wiki page")).isTrue();
		assertThat(ItemDetails.ownAction("Paula will book the room")).isTrue();
		assertThat(ItemDetails.ownAction("Relatório final até 30/05")).isTrue();
	}

	@Test
	void keepsTheDetailsListedBelowANumberedDecisionInIt() {
		// the bullets are indented less than the number's text, so Markdown makes them a list of their own
		MinutesReading.Result result = read("""
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
		MinutesReading.Result result = read("""
				## Decisions

				- The spring workshop moves to Porto.
				    - Paula will book the venue by Friday
				    - Tom to update the website
				    - Two days, as last year
				""", "en");
		assertThat(result.items()).extracting(MinutesItem::text).containsExactly(
				"The spring workshop moves to Porto. Two days, as last year", "Paula will book the venue by Friday",
				"Tom to update the website");
	}

	@Test
	void readsATableOfStoriesAndPointsAsAnInventoryUnlessUnderADecisionsHeading() {
		String table = """
				| Historia | Puntos |
				|---|---|
				| Pantalla de inicio | 3 |
				| Registro de usuarios | 5 |
				""";
		assertThat(read("## Estimación\n\n" + table, "es").items()).isEmpty();
		assertThat(read("## Tareas de la semana\n\n" + table, "es").items()).extracting(MinutesItem::text)
			.containsExactly("Pantalla de inicio", "Registro de usuarios"); // a mere number says nothing of the task
	}
}

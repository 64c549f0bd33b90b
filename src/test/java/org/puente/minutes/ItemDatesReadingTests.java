package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The dates an item of read minutes carries: its deadline column by other names, its deadline among several. */
class ItemDatesReadingTests {

	private static MinutesReading.Result read(String text, String lang) {
		return TestFiles.READING.read(text, LocalDate.of(2024, 3, 13), Optional.of(lang));
	}

	private static void hasOneDeadline(MinutesReading.Result result, LocalDate day) {
		assertThat(result.items()).hasSize(1);
		assertThat(result.items().get(0).dates()).extracting(ItemDate::start, ItemDate::kind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(day, ItemDate.Kind.DEADLINE));
	}

	@Test
	void readsTheDeadlineColumnUnderItsOtherNames() {
		MinutesReading.Result result = read("""
				## Acciones

				| Tarea | Responsable | Vencimiento |
				|---|---|---|
				| Enviar el borrador a la comisión | Ana | 15/04 |
				""", "es");
		hasOneDeadline(result, LocalDate.of(2024, 4, 15));
	}

	@Test
	void keepsTheLimitAndLeavesOutWhatHappenedBeforeTheMeeting() {
		MinutesReading.Result result = read("""
				## Action items

				- The plan approved on 4 March 2024 stays; Dana will circulate the report by 30 April.
				""", "en");
		hasOneDeadline(result, LocalDate.of(2024, 4, 30));
	}

	@Test
	void makesAnOpenDateOfATaskItsDeadline() {
		MinutesReading.Result result = read("""
				## Décisions

				- Chris rédigera un article pour le 22/03.
				""", "fr");
		hasOneDeadline(result, LocalDate.of(2024, 3, 22));
	}

	/**
	 * An action of a register writes who and by when in its closing brackets: that date is its limit even when it has
	 * passed (the action is carried over, open; meeting of 13 March 2024), and "asap" there gives none.
	 */
	@Test
	void readsTheDateInARegisteredActionsBracketsAsItsLimit() {
		hasOneDeadline(read("Action Item A2024-09: Provide input for the empty sections [WDCA, WRDC, 29 February 2024]\n",
				"en"), LocalDate.of(2024, 2, 29));
		hasOneDeadline(read("Acción A2024-09: Enviar los datos del sitio [Ana, febrero de 2024]\n", "es"),
				LocalDate.of(2024, 2, 1));
		hasOneDeadline(read("Ação A2024-09: Enviar os dados da estação [Rui, 28/02/2024]\n", "pt"),
				LocalDate.of(2024, 2, 28));
		hasOneDeadline(read("Action A2024-09 : Envoyer les données de la station [Marie, 28 février 2024]\n", "fr"),
				LocalDate.of(2024, 2, 28));
		MinutesReading.Result asap = read("Action Item A2024-07: Prepare the document for discussion [JMA, asap]\n", "en");
		assertThat(asap.items()).hasSize(1);
		assertThat(asap.items().get(0).dates()).isEmpty();
	}
}

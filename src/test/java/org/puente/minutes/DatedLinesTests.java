package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A calendar that a decision announces (bench/minutes-quality/README.md, "Dated lines under a lead-in, 6 December";
 * made-up minutes): each line that opens with its day is an item of its own, dated that day, though no marker opens it
 * and the lead-in names an agenda.
 */
class DatedLinesTests {

	@Test
	void eachLineOfAnAgreedCalendarIsAnItemWithItsDay() {
		MinutesReading.Result result = TestFiles.readText("""
				A associação de moradores reuniu-se na sede para rever as atividades do trimestre. Foram lembradas as
				ações já feitas e as que ficaram por fazer.

				Para os próximos meses, ficou acordado o seguinte calendário:
				22/04- Mutirão de limpeza da praça
				06/05- Reunião com a secretaria de obras
				20/05 - Festa junina da escola do bairro

				Sem mais assuntos.
				""", "pt");
		assertThat(result.items()).extracting(MinutesItem::text).containsExactly(
				"22/04- Mutirão de limpeza da praça", "06/05- Reunião com a secretaria de obras",
				"20/05 - Festa junina da escola do bairro");
		assertThat(result.items()).extracting(item -> item.dates().stream().map(ItemDate::start).toList())
			.containsExactly(List.of(LocalDate.of(2025, 4, 22)), List.of(LocalDate.of(2025, 5, 6)),
					List.of(LocalDate.of(2025, 5, 20)));
	}

	@Test
	void anAgreedAgendaOfDatedLinesIsNoAgendaOfTheMeeting() {
		assertThat(TestFiles.itemTexts("""
				After the treasurer's report, the committee agreed the following agenda:
				12 May: Clean-up of the riverside path
				Sat 24 May – Open day at the allotments
				June 7th, stall at the summer fair
				""", "en")).containsExactly("12 May: Clean-up of the riverside path",
				"Sat 24 May – Open day at the allotments", "June 7th, stall at the summer fair");
	}

	@Test
	void datedLinesWithoutALeadInThatDecidesAreNoCalendarOfItems() {
		assertThat(TestFiles.itemTexts("""
				La presidenta recuerda las fechas del trimestre pasado:
				12 de enero: reunión con el ayuntamiento
				3 de febrero: fiesta del barrio
				""", "es")).isEmpty();
	}
}

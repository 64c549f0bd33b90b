package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The dates an item takes from around it (issue 9): the limit its heading sets, the deadline line after it, the month
 * of a day written alone from the same day written out before. Minutes of Wednesday 13 March 2024, written here.
 */
class ContextDatesTests {

	private static List<MinutesItem> read(String text, String lang) {
		return TestFiles.READING.read(text, LocalDate.of(2024, 3, 13), Optional.of(lang)).items();
	}

	/** The one item whose words start so: its dates as "first/kind/warning". */
	private static List<String> datesOf(List<MinutesItem> items, String start) {
		MinutesItem item = items.stream().filter(i -> i.text().startsWith(start)).findFirst().orElseThrow();
		return item.dates().stream().map(d -> d.start() + "/" + d.kind().code() + "/" + d.warning()).toList();
	}

	@Test
	void takesTheLimitTheHeadingSetsWhenTheItemHasNone() {
		List<MinutesItem> es = read("## Tareas para el 22/03\n\n- Enviar el acta a los socios.\n- Revisar el presupuesto antes del 29/03.\n", "es");
		assertThat(datesOf(es, "Enviar")).containsExactly("2024-03-22/deadline/date.from-heading");
		assertThat(datesOf(es, "Revisar")).containsExactly("2024-03-29/deadline/null");
		assertThat(datesOf(read("## Action items (due Friday)\n\n- Dana will send the report to the board.\n", "en"),
				"Dana")).containsExactly("2024-03-15/deadline/date.from-heading");
		assertThat(datesOf(read("## Encaminhamentos até 22/03\n\n- Revisar o documento da assembleia.\n", "pt"),
				"Revisar")).containsExactly("2024-03-22/deadline/date.from-heading");
		assertThat(datesOf(read("## À faire avant le 22 mars\n\n- Rédiger le compte rendu.\n", "fr"), "Rédiger"))
			.containsExactly("2024-03-22/deadline/date.from-heading");
	}

	@Test
	void leavesTheDateOfTheMeetingInTheHeadingToItsItems() {
		assertThat(datesOf(read("## Acuerdos de la reunión del 13/03\n\n- Enviar el acta a los socios.\n", "es"), "Enviar"))
			.isEmpty();
	}

	@Test
	void givesTheDeadlineOfARecordOfFieldsToItsItemAndDropsTheLabel() {
		List<MinutesItem> pt = read("""
				## Ações para Melhoria

				- **Ação 1**:
				  - **Descrição**: Realizar uma divisão mais clara das tarefas.
				  - **Responsável**: Dayane Lima
				  - **Prazo**: 20/03/2024
				""", "pt");
		assertThat(datesOf(pt, "**Descrição**")).containsExactly("2024-03-20/deadline/null");
		// the deadline's line is a field of the item above, never an item of its own; its label names nobody
		assertThat(pt).noneMatch(i -> i.text().startsWith("**Prazo**"));
		assertThat(pt).flatExtracting(MinutesItem::responsible).extracting(ItemParty::label).containsExactly("Dayane Lima");
		List<MinutesItem> en = read("""
				## Action items

				- **Task**: Send the report to the board
				- **Due**: Friday
				""", "en");
		assertThat(datesOf(en, "**Task**")).extracting(d -> d.substring(0, 19)).containsExactly("2024-03-15/deadline");
		assertThat(en).noneMatch(i -> i.text().startsWith("**Due**"));
	}

	@Test
	void readsTheDeadlineOnTheLineRightAfterTheItem() {
		List<MinutesItem> es = read("## Acuerdos\n\nSe acuerda actualizar el inventario de la sede.\nFecha límite: 25/03/2024\n", "es");
		assertThat(datesOf(es, "Se acuerda")).containsExactly("2024-03-25/deadline/null");
		List<MinutesItem> fr = read("## Décisions\n\nIl est décidé de refaire le site web.\nÉchéance : 25/03/2024\n", "fr");
		assertThat(datesOf(fr, "Il est décidé")).containsExactly("2024-03-25/deadline/null");
	}

	@Test
	void takesTheMonthOfADayAloneFromTheSameDayWrittenOutBefore() {
		assertThat(datesOf(read("## Réunion du 26 avril\n\n### Nos actions\n\n1. Création des documents à imprimer pour le 26.\n",
				"fr"), "Création")).containsExactly("2024-04-26/deadline/date.month-from-text");
		assertThat(datesOf(read("## Asamblea del 20 de abril\n\n## Tareas\n\n- Preparar los carteles para el día 20.\n",
				"es"), "Preparar")).containsExactly("2024-04-20/deadline/date.month-from-text");
		assertThat(datesOf(read("## Fair on 20 April\n\n## Action items\n\n- Dana will print the flyers by the 20th.\n",
				"en"), "Dana")).containsExactly("2024-04-20/deadline/date.month-from-text");
		assertThat(datesOf(read("## Feira de 20 de abril\n\n## Encaminhamentos\n\n- Imprimir os cartazes até o dia 20.\n",
				"pt"), "Imprimir")).containsExactly("2024-04-20/deadline/date.month-from-text");
		assertThat(datesOf(read("## Tareas\n\n- Preparar los carteles para el día 20.\n", "es"), "Preparar"))
			.containsExactly("2024-03-20/deadline/date.month-guessed");
	}

	@Test
	void givesAnItemThatWaitsForTheNextMeetingTheDayTheMinutesStateForIt() {
		assertThat(datesOf(read("## Acuerdos\n\n1. Juan preparará la propuesta para la siguiente reunión.\n\n"
				+ "Próxima reunión: 3 de abril de 2024.\n", "es"), "Juan")).containsExactly("2024-04-03/deadline/date.next-meeting");
		assertThat(datesOf(read("## Relevé de décisions\n\n- Paul mettra à jour le site d'ici la prochaine réunion.\n\n"
				+ "La prochaine réunion aura lieu le mercredi 27 mars.\n", "fr"), "Paul"))
			.containsExactly("2024-03-27/deadline/date.next-meeting");
		assertThat(datesOf(read("## Encaminhamentos\n\n- Pedro vai revisar o orçamento até a próxima reunião.\n\n"
				+ "## Próxima reunião\n\n27/03/2024, às 14h.\n", "pt"), "Pedro"))
			.containsExactly("2024-03-27/deadline/date.next-meeting");
		assertThat(datesOf(read("Next meeting: Wednesday, March 27.\n\n## Action items\n\n- Bob to review the budget by "
				+ "the next meeting.\n", "en"), "Bob")).containsExactly("2024-03-27/deadline/date.next-meeting");
	}

	@Test
	void leavesTheNextMeetingUndatedWhenTheMinutesGiveNoDayForIt() {
		assertThat(datesOf(read("## Acuerdos\n\n1. Juan preparará la propuesta para la próxima reunión.\n", "es"), "Juan"))
			.isEmpty();
		assertThat(datesOf(read("## Action items\n\n- Bob to review the budget by the next meeting.\n\n"
				+ "The next meeting will be scheduled by the chair.\n", "en"), "Bob")).isEmpty();
	}
}

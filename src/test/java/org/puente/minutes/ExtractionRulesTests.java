package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.puente.directory.Gazetteer;

/** One shape of real minutes per test, each on the smallest text that shows it. */
class ExtractionRulesTests {

	private static final LocalDate MEETING = LocalDate.of(2017, 6, 8);

	private static final Gazetteer gazetteer = Gazetteer.fromClasspath();

	private static List<String> texts(String minutes) {
		return Segmenter.segment(minutes, ReadingContext.of(minutes)).stream().map(Segment::text).toList();
	}

	private static ItemDate only(String text, String lang) {
		List<ItemDate> found = new ItemReader(gazetteer, MEETING, lang).dates(text);
		assertThat(found).as(text).hasSize(1);
		return found.get(0);
	}

	private static List<LocalDate> span(ItemDate date) {
		return List.of(date.start(), date.end());
	}

	@Test
	void skipsTheNumberedAgendaEvenWhenOneOfItsPointsIsCalledAgreements() {
		String minutes = """
				AGENDA
				1. Apertura.
				2. Acuerdos y compromisos.
				3. Clausura.

				DESARROLLO
				Se discutió el informe.

				ACUERDOS
				1. Chile enviará el informe.
				2. Perú convocará la reunión.
				""";
		assertThat(texts(minutes)).containsExactly("Chile enviará el informe.", "Perú convocará la reunión.");
	}

	@Test
	void takesEachAgreedParagraphAfterItsAgendaItem() {
		String minutes = """
				Item 1: Budget
				The Secretariat presented the budget.

				Agreed: IOM will circulate the budget by 15 June.

				Item 2: Next meeting
				Members discussed the venue.

				Agreed: Mexico will host the next meeting.
				""";
		assertThat(texts(minutes)).containsExactly("Agreed: IOM will circulate the budget by 15 June.",
				"Agreed: Mexico will host the next meeting.");
	}

	@Test
	void readsCheckboxesAndOwnerColumnsOfAnActionList() {
		String minutes = """
				Action items
				- [ ] IOM to circulate the draft by 15 July | Owner: IOM | Due: 15 July
				- [x] Share the slides | Owner: RCM Technical Secretariat | Due: 9 June
				""";
		List<Segment> segments = Segmenter.segment(minutes, ReadingContext.of(minutes));
		assertThat(segments).extracting(Segment::text).allMatch(t -> !t.startsWith("["));
		assertThat(PartyClassifier.classify(segments.get(1).text(), gazetteer).responsible()).containsExactly("org:ST-CRM");
	}

	@Test
	void turnsTheRowsOfATextTableIntoAgreementsWithNamedFields() {
		String minutes = "Encaminhamentos\n\nAção\tResponsável\tPrazo\nElaborar nota técnica\tOIM Brasil\t30/06/2017\n";
		List<Segment> segments = Segmenter.segment(minutes, ReadingContext.of(minutes));
		assertThat(segments).extracting(Segment::text)
			.containsExactly("Elaborar nota técnica. Responsável: OIM Brasil. Prazo: 30/06/2017");
		assertThat(PartyClassifier.classify(segments.get(0).text(), gazetteer).responsible()).containsExactly("org:IOM");
	}

	@Test
	void keepsTopicLinesAsThemesOfTheSubItemsBelow() {
		String minutes = """
				Agreements

				1. Labour migration

				1.1 Mexico will host a workshop.

				1.2 Canada will fund it.
				""";
		List<Segment> segments = Segmenter.segment(minutes, ReadingContext.of(minutes));
		assertThat(segments).extracting(Segment::number).containsExactly("1.1", "1.2");
		assertThat(segments).extracting(Segment::theme).containsOnly("Labour migration");
	}

	@Test
	void countsCompoundSpanishOrdinals() {
		String minutes = "RESUELVE:\n\nDÉCIMO PRIMERO: Aprobar el plan.\n\nDÉCIMO SEGUNDO: Agradecer a Guatemala.\n";
		assertThat(Segmenter.segment(minutes, ReadingContext.of(minutes))).extracting(Segment::number).containsExactly("11", "12");
	}

	/**
	 * The item is the sentence that states the decision, its cue or label kept (the corpus rules), not the clause after
	 * it; a decision that only takes note ("DECISIÓN: En cuenta.") is none.
	 */
	@Test
	void findsDecisionsRecordedInsideTheAccountOfTheDiscussion() {
		Map<String, List<String>> cases = Map.of(
				"Item 3 – Cooperação. Após debate, deliberou-se que a OIM encaminhará o plano até 15/11/2017.\n",
				List.of("Após debate, deliberou-se que a OIM encaminhará o plano até 15/11/2017."),
				"Item 4 – Calendário. Decidiu-se que o Conselho se reunirá em março. O Sr. Silva pediu a palavra e, após "
						+ "debate, ficou decidido que a ata será publicada.\n",
				List.of("Decidiu-se que o Conselho se reunirá em março.",
						"O Sr. Silva pediu a palavra e, após debate, ficou decidido que a ata será publicada."),
				"1. DOCUMENTOS\n\nO Paraguai pediu mais tempo.\n\nFica acordado que as delegações enviarão comentários."
						+ "\n\n2. INFORMES\n\nDECISIÓN: En cuenta.\n\n3. OUTROS\n\nDECISIÓN: Diferidas.\n",
				List.of("Fica acordado que as delegações enviarão comentários.", "DECISIÓN: Diferidas."));
		cases.forEach((minutes, items) -> assertThat(texts(minutes)).as(minutes).containsExactlyElementsOf(items));
	}

	@Test
	void takesEachLineAsAnAgreementWhenWordDroppedTheNumbering() {
		String minutes = "Agreements\nArgentina will send the agenda by 5 July.\nIOM will cover the interpretation.\n";
		assertThat(texts(minutes)).containsExactly("Argentina will send the agenda by 5 July.",
				"IOM will cover the interpretation.");
	}

	@Test
	void joinsLinesAndHyphenatedWordsThatAPdfBrokeUp() {
		String minutes = "ACUERDOS\n\n1. Los países enviarán sus comentarios a más tardar el 15 de ju-\n\nlio de 2019,\n\n"
				+ "y la ST los consolidará en\n\nagosto.\n\n2. Chile convocará la reunión.\n";
		assertThat(texts(minutes)).containsExactly(
				"Los países enviarán sus comentarios a más tardar el 15 de julio de 2019, y la ST los consolidará en agosto.",
				"Chile convocará la reunión.");
	}

	@Test
	void readsBoldFieldsAsTextAndNotAsBullets() {
		String minutes = "Encaminhamentos\n\n• A OIM enviará a matriz até sexta-feira (14/06).\n  **Responsável:** OIM\n\n"
				+ "**Próxima reunião:** 9 de julho.\n";
		assertThat(texts(minutes)).containsExactly("A OIM enviará a matriz até sexta-feira (14/06). **Responsável:** OIM");
		assertThat(only("até sexta-feira (14/06)", "pt").start()).isEqualTo(LocalDate.of(2017, 6, 14));
	}

	@Test
	void readsQuartersHalvesAndFortnights() {
		assertThat(span(only("by end of Q3", "en"))).containsExactly(LocalDate.of(2017, 9, 30), LocalDate.of(2017, 9, 30));
		assertThat(span(only("in the first half of 2018", "en"))).containsExactly(LocalDate.of(2018, 1, 1),
				LocalDate.of(2018, 6, 30));
		assertThat(span(only("na primeira quinzena de agosto", "pt"))).containsExactly(LocalDate.of(2017, 8, 1),
				LocalDate.of(2017, 8, 15));
		assertThat(span(only("in H2 2018", "en"))).containsExactly(LocalDate.of(2018, 7, 1), LocalDate.of(2018, 12, 31));
	}

	@Test
	void readsTheWeekOfADayAndNumericDates() {
		assertThat(span(only("la semana del 4 de diciembre", "es"))).containsExactly(LocalDate.of(2017, 12, 4),
				LocalDate.of(2017, 12, 10));
		assertThat(only("el 12/06/2017", "es").start()).isEqualTo(LocalDate.of(2017, 6, 12));
		assertThat(span(only("12-14 de julio", "es"))).containsExactly(LocalDate.of(2017, 7, 12),
				LocalDate.of(2017, 7, 14));
	}

	@Test
	void classifiesDeadlineCuesInThreeLanguages() {
		assertThat(only("antes del 31 de agosto", "es").kind()).isEqualTo(ItemDate.Kind.DEADLINE);
		assertThat(only("até 30 de junho", "pt").kind()).isEqualTo(ItemDate.Kind.DEADLINE);
		assertThat(only("not later than 31 August 2017", "en").kind()).isEqualTo(ItemDate.Kind.DEADLINE);
		assertThat(only("by COB Friday 16 June", "en").kind()).isEqualTo(ItemDate.Kind.DEADLINE);
		assertThat(only("los días 12 y 13 de julio", "es").kind()).isEqualTo(ItemDate.Kind.EVENT);
	}

	@Test
	void countsWorkingDaysWithoutWeekends() {
		// Thursday 8 June 2017 plus ten working days is Thursday 22 June.
		assertThat(only("dentro de 10 días hábiles", "es").start()).isEqualTo(LocalDate.of(2017, 6, 22));
	}

	@Test
	void resolvesTheNextYearAndTheEndOfTheMonthAgainstTheMeeting() {
		assertThat(span(only("el próximo año", "es"))).containsExactly(LocalDate.of(2018, 1, 1),
				LocalDate.of(2018, 12, 31));
		// the corpus convention (docs/minutes-dates.md): "end of month" is the meeting month's last day
		assertThat(span(only("a fin de mes", "es"))).containsExactly(LocalDate.of(2017, 6, 30),
				LocalDate.of(2017, 6, 30));
		assertThat(only("el 28 del presente mes", "es").start()).isEqualTo(LocalDate.of(2017, 6, 28));
	}

	@Test
	void doesNotReadAMonthFollowedByTheNextItemNumberAsADate() {
		assertThat(new ItemReader(gazetteer, MEETING, "es").dates("la primera semana de diciembre.\n\n4. Otros"))
			.extracting(ItemDate::start).containsExactly(LocalDate.of(2017, 12, 1));
	}
}

package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decisions told by the meeting's body at the head of a sentence ({@link BodyDecisions}): the body or its members and
 * a verb that decides make an item that starts where the sentence does (after a number, with a lead-in clause and its
 * comma); a body that only notes or welcomes, a decision joined to the one before by "En outre", a verb that
 * announces a list with nothing after it, and a body named inside someone's report make none. Made-up sentences of
 * the shapes of the development parts (ai, n, r, s, v communiqués and minutes).
 */
class BodyDecisionsTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Ministers discussed the report. They agreed to identify all the services that each State provides. | They agreed to identify all the services
			Council resolved to co-opt Mr Barber. | Council resolved to co-opt Mr Barber.
			O Governo aprovou, também, a proposta dos novos juízes do Tribunal Militar. | O Governo aprovou, também,
			Na sessão de ontem, o Governo apreciou e aprovou o relatório de participação no aniversário. | Na sessão de ontem, o Governo
			PONTO 4 – A direção decidiu emprestar mesas e cadeiras ao clube vizinho. | A direção decidiu emprestar
			Las partes acuerdan entrega de propuestas para el 24 de septiembre. | Las partes acuerdan entrega
			Após a assinatura do acordo em Maputo.A sessão aprovou a resolução que ratifica o acordo. | A sessão aprovou a resolução
			Les 6 membres élus du bureau ont décidé de tenir compte des voix consultatives. | Les 6 membres élus du bureau ont décidé
			""")
	void theSentenceTheBodyDecidesInIsAnItem(String text, String start) {
		assertThat(BodyDecisions.added(text, List.of())).singleElement()
			.satisfies(c -> assertThat(c.segment().text()).startsWith(start));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Ministers noted the continuing nature of the refugee problem in the region.
			The Council welcomed the report of the Secretariat on the programme.
			En outre, la Conférence instruit la Commission d'aider la Guinée à mobiliser des partenaires.
			Ministers also agreed on: .
			Mr Long said that the Board approved the budget of the library last year.
			The minutes of the previous meeting were approved and signed by the Chair.
			Os membros do conselho apresentaram o relatório das atividades do ano.
			""")
	void noItemWhereTheBodyDecidesNothing(String text) {
		assertThat(BodyDecisions.added(text, List.of())).isEmpty();
	}

	@Test
	void aSentenceAnItemStartsAtAlreadyIsNotProposedTwice() {
		String text = "Council resolved to co-opt Mr Barber.";
		List<Candidate> found = List.of(Candidate.of(new Segment("1", null, "Council resolved to co-opt Mr Barber.")));
		assertThat(BodyDecisions.added(text, found)).isEqualTo(found);
	}

	@Test
	void aCommuniqueWhoseLinesTheLayoutTakesForAListStillGivesItsDecisions() {
		// a front matter's closing "---" opens what the layout reads as a list item running to the end, OCR lines
		// with a blank line after each: the told-sentence reader leaves list items to the list readers
		String text = """
				---
				title: "Communique from the conference of Ministers"
				---

				 COMMUNIQUE FROM THE CONFERENCE OF MINISTERS

				 Ministers expressed concern about the financial and

				 social pressures implicit in the family reunion program. They

				 agreed to identify all the services and costs that each state

				 provides for migrants and table this information at their next

				 meeting.

				 Ministers noted the laws and policies on overseas adoption.
				""";
		assertThat(TestFiles.readText(text, "en").items()).extracting(MinutesItem::text)
			.anySatisfy(t -> assertThat(t).startsWith("They agreed to identify all the services"))
			.noneSatisfy(t -> assertThat(t).startsWith("Ministers noted"));
	}
}

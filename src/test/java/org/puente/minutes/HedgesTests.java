package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentences of the discussion that weigh an idea or speak to a generic "you" are no tasks (made-up examples). */
class HedgesTests {

	@Test
	void aHedgedOrGenericSentenceOfTheDiscussionIsNoItemButAPlainTaskIs() {
		String text = """
				# Working group call

				## Schema update

				Maybe we should have a rule for inactive members. Now you have to declare every type.
				Feel like we should support the old syntax. Is this an edge case we should care about?
				Lee will write the proposal for the next call.
				""";
		assertThat(TestFiles.itemTexts(text, "en")).noneMatch(t -> t.startsWith("Maybe"))
			.noneMatch(t -> t.startsWith("Now you")).noneMatch(t -> t.startsWith("Feel like"))
			.noneMatch(t -> t.startsWith("Is this")).anyMatch(t -> t.startsWith("Lee will write the proposal"));
	}

	@Test
	void theSameHoldsInTheOtherLanguages() {
		assertThat(Hedges.hedged(narrative("Quizás deberíamos cambiar de banco."))).isTrue();
		assertThat(Hedges.hedged(narrative("Acho que devemos rever o orçamento."))).isTrue();
		assertThat(Hedges.hedged(narrative("Nous pensons à reprendre les ateliers."))).isTrue();
		assertThat(Hedges.hedged(narrative("Marta enviará el presupuesto antes del viernes."))).isFalse();
		assertThat(Hedges.hedged(new Candidate(new Segment("1", null, "Maybe later."), TextSpan.NONE, 0.9))).isFalse();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Il faudrait bien indiquer la source de chaque donnée. | true
			Il me semble donc que le choix 2 sera plus simple. | true
			Luis believes we should not block the release. | true
			The board will have to decide whether to extend the programme. | true
			Porém, isso ainda não ficou definido. | true
			La fecha todavía no está decidida. | true
			Le bureau enverra le bilan avant le 15 mai. | false
			It was decided that Ana will send the budget. | false
			""")
	void aConditionalABeliefOrADecisionLeftForLaterIsNoItem(String text, boolean hedged) {
		assertThat(Hedges.hedged(narrative(text))).isEqualTo(hedged);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Ludger asked if there are any plans to align the profile with the portal. | true
			Alicia thinks we should wait for the answer of the institute. | true
			Ana preguntó si la sala estará libre en mayo. | true
			Marta sugirió que el taller se haga en la biblioteca. | true
			Rui perguntou se o orçamento inclui as viagens. | true
			O Carlos sugeriu que a reunião passe para terça. | true
			P-H Pelloux s'interroge sur les règles de découpage des tronçons. | true
			Luc a suggéré de changer de salle. | true
			Ask whether the venue is free in May. | false
			Ana enviará el acta antes del viernes. | false
			The board asked the treasurer to send the accounts by 1 March. | false
			""")
	void aQuestionOrASuggestionToldAsReportedIsNoItemWhereverTheStructureFoundIt(String text, boolean hedged) {
		assertThat(Hedges.hedged(new Candidate(new Segment("1", null, text), TextSpan.NONE, 0.9))).isEqualTo(hedged);
		assertThat(Hedges.hedged(Candidate.of(new Segment("1", null, text)))).isEqualTo(hedged);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Specific applications might need to combine the data with other data. Lee will send the list. | true
			Usted podrá dar su opinión libremente, pero sin insultos. | true
			A consulta pública talvez seja prorrogada. A direção enviará o parecer. | true
			La consultation pourrait être lancée dès février prochain. | true
			Lee will send the list. The format might change later. | false
			La junta enviará el acta. Quizás haya cambios. | false
			""")
	void aParagraphOfTheLayoutIsHedgedByItsFirstSentence(String text, boolean hedged) {
		assertThat(Hedges.hedged(Candidate.of(new Segment("1", null, text)))).isEqualTo(hedged);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Goal should be to scope and define the project for this cycle | true
			Notre objectif est donc de récupérer des fiches action. | true
			Objectifs : produire un standard interopérable ; définir les modalités de collecte | true
			El objetivo de la reunión es conocer las propuestas de los socios. | true
			O objetivo da reunião é apresentar o projeto aos novos membros. | true
			Objetivo: entregar el informe antes del 15 de mayo. | false
			Objectifs prochaine réunion : finir la maquette | false
			Goals were reviewed and Ana will send the plan. | false
			""")
	void anAimWithNoDateIsNoItem(String text, boolean hedged) {
		assertThat(Hedges.hedged(new Candidate(new Segment("1", null, text), TextSpan.NONE, 0.9))).isEqualTo(hedged);
	}

	private static Candidate narrative(String text) {
		return new Candidate(new Segment("1", null, text), TextSpan.NONE, Prose.NARRATIVE);
	}
}

package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Where items begin (bench/minutes-quality/README.md, "Segmentation, 5 December afternoon"): a decision told before its
 * bullets, a bullet set alone on its line, a vote that only closes what precedes it (made-up examples).
 */
class ItemBoundariesTests {

	@Test
	void aLeadInThatTellsADecisionOpensItsBulletsAsItems() {
		assertThat(texts("""
				La asamblea sesionó con cuarenta afiliados.
				Se aprobó por amplia mayoría la moción de la conducción, la cual fue:

				  • Paro de 72 horas el miércoles.
				  • Acciones distritales de difusión.
				  • Nueva asamblea en caso de propuesta superadora.
				"""))
			.containsExactly("Paro de 72 horas el miércoles.", "Acciones distritales de difusión.",
					"Nueva asamblea en caso de propuesta superadora.");
	}

	@Test
	void approvingTheLastMinutesWithCorrectionsOpensNoDecisions() {
		assertThat(texts("""
				Se aprueba el acta de la asamblea anterior con dos matizaciones:
				- La parcela 4 no estaba asignada.
				- Faltaba la firma de la secretaria.

				Se acuerda comprar una higuera para la parcela 6.
				"""))
			.containsExactly("Se acuerda comprar una higuera para la parcela 6.");
	}

	@Test
	void aBulletAloneOnItsLineOpensTheLineBelow() {
		assertThat(texts("""
				Decisions:

				●

				Ana will send the survey to all members on Monday.

				●

				The editorial team will draft the guidelines.
				"""))
			.containsExactly("Ana will send the survey to all members on Monday.", "The editorial team will draft the guidelines.");
	}

	@Test
	void aVoteThatOnlyClosesWhatPrecedesItJoinsIt() {
		assertThat(told("Informe de tesorería. El protesorero distribuye el balance mensual del club. Se aprueba por"
				+ " unanimidad luego de varias preguntas."))
			.containsExactly("Informe de tesorería. El protesorero distribuye el balance mensual del club. Se aprueba por"
					+ " unanimidad luego de varias preguntas.");
		assertThat(told("He said that the Council should keep the figure and let the balance run into next year. This was"
				+ " agreed to.")).hasSize(1);
		// a vote that names what it approves is a decision of its own
		assertThat(told("Nadia, socia del AMPA, junto con Arantxa, se compromete a conseguir otros presupuestos. Se aprueba por unanimidad el estado de"
				+ " cuentas 2011/2012.")).last().isEqualTo("Se aprueba por unanimidad el estado de cuentas 2011/2012.");
		assertThat(VoteSentences.closes("It was agreed that the treasurer would keep separate accounts.")).isFalse();
		assertThat(VoteSentences.closes("Motion to hold off passed.")).isTrue();
	}

	private static List<String> texts(String minutes) {
		return Segmenter.segment(minutes, ReadingContext.of(minutes)).stream().map(Segment::text).filter(t -> !Structure.wordless(t)).toList();
	}

	private static List<String> told(String paragraph) {
		return ToldSentences.split(List.of(new Segment("", null, paragraph)), ReadingContext.of(paragraph)).stream().map(Segment::text).toList();
	}
}

package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Readers whose candidates carry a column of their own for the scoring (invented examples, one per language): a
 * decision told after the account of a numbered point ({@link PointSentences}). The scoring, not these tests, decides
 * which of them are kept.
 */
class ReaderColumnsTests {

	private static List<String> found(String text, double where) {
		return Structure.candidates(text, false).stream().filter(c -> Math.abs(c.confidence() - where) < 1e-9)
			.map(c -> c.segment().text()).toList();
	}

	@Test
	void aDecisionToldAfterTheAccountOfANumberedPointIsACandidateBesideThePoint() {
		String es = """
				ACTA DE LA REUNIÓN DE LA JUNTA DIRECTIVA

				1. Patrocinadores. El tesorero explica que hay dos posibles patrocinadores para las camisetas del club. Se resuelve posponer el tema hasta la próxima reunión.
				2. Cuotas. La secretaria presenta el estado de las cuotas del año.
				3. Local. El presidente informa de las obras del local social.
				4. Ruegos y preguntas. No hay.
				""";
		assertThat(found(es, PointSentences.WHERE)).containsExactly("Se resuelve posponer el tema hasta la próxima reunión.");
		assertThat(Structure.candidates(es, false)).extracting(c -> c.segment().text())
			.anyMatch(t -> t.startsWith("Patrocinadores."));
		assertThat(found("""
				MINUTES OF THE DELEGATES' MEETING

				1. Pay claim. Verbal reports were given by the two delegates on the state of the claim. It was agreed that the Secretary will write to the councillors.
				2. Correspondence. The Secretary read the letters received.
				3. Treasurer's report. The Treasurer presented the accounts.
				4. Any other business. None.
				""", PointSentences.WHERE)).containsExactly("It was agreed that the Secretary will write to the councillors.");
		assertThat(found("""
				ATA DA REUNIÃO DA DIRETORIA

				1) Reunião com a secretaria de obras: a presidente passou a palavra aos diretores, que relataram as visitas feitas em janeiro. Ficou combinado que a associação entregará um mapa dos pontos críticos.
				2) Tesouraria: o tesoureiro apresentou as contas do mês.
				3) Obras: a presidente relatou o andamento das obras.
				4) Assuntos gerais: nada a registrar.
				""", PointSentences.WHERE)).containsExactly("Ficou combinado que a associação entregará um mapa dos pontos críticos.");
		assertThat(found("""
				COMPTE RENDU DU BUREAU

				1. Site internet. Pierre présente les nouvelles pages du site. Il a été décidé que Sébastien mettra en ligne le calendrier.
				2. Trésorerie. Le trésorier présente les comptes.
				3. Local. Le président présente les travaux du local.
				4. Questions diverses. Aucune.
				""", PointSentences.WHERE)).containsExactly("Il a été décidé que Sébastien mettra en ligne le calendrier.");
	}

	@Test
	void aPointWhoseSentencesTellNothingGivesNoSentenceOfItsOwn() {
		assertThat(found("""
				ACTA DE LA REUNIÓN

				1. Informe del tesorero. El tesorero presenta las cuentas del año. Los socios hacen preguntas sobre los gastos.
				2. Local. El presidente informa de las obras del local social.
				3. Ruegos y preguntas. No hay.
				""", PointSentences.WHERE)).isEmpty();
	}
}

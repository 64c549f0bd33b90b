package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A paragraph taken as one item is cut where a later sentence or label tells a decision or a task (made-up examples). */
class ToldSentencesTests {

	@Test
	void aLaterToldSentenceStartsAnItemOfItsOwn() {
		assertThat(texts("Xavier asked about the process to be followed for the review of the shapes and whether the"
				+ " documents should be assessed too. Seth and Ana agreed to tackle it in a later call."))
			.containsExactly("Xavier asked about the process to be followed for the review of the shapes and whether"
					+ " the documents should be assessed too.", "Seth and Ana agreed to tackle it in a later call.");
		assertThat(texts("Finances : Eliane et Fred nous informent que la mise à jour des signatures est réalisée."
				+ " Une demande de subvention sera demandée à la municipalité.")).last().isEqualTo("Une demande de subvention sera demandée à la municipalité.");
		assertThat(texts("Se conversó sobre el presupuesto del año. Marta enviará la planilla el lunes."))
			.hasSize(1); // a short topic sentence stays with the told one
	}

	@Test
	void aLabelInsideTheParagraphStartsAnItemAndANumberedDecisionStaysWhole() {
		assertThat(texts("Open action items: Action Item A2014-02: Clarify the status of the data open Action Item"
				+ " A2014-03: State the data archive [JK, asap] open"))
			.containsExactly("Open action items:", "Action Item A2014-02: Clarify the status of the data open",
					"Action Item A2014-03: State the data archive [JK, asap] open");
		Segment numbered = new Segment("9", null, "Proponer un grupo de trabajo sobre el informe. En ese sentido, la PPT"
				+ " enviará los datos.");
		assertThat(ToldSentences.split(List.of(numbered))).containsExactly(numbered);
	}

	@Test
	void aNumberedPointThatOpensWithItsDecisionStaysWholeOneThatOpensWithItsTopicIsCut() {
		for (String whole : List.of("Se acuerda renovar el convenio con la escuela. Chile enviará los datos del año.",
				"Approve the budget for the next season. Mark will send the figures to the treasurer.",
				"Ficou decidido renovar o convênio com a escola. A Ana vai enviar os dados do ano.",
				"Valider le budget de la saison prochaine. Marc enverra les chiffres au trésorier.")) {
			Segment point = new Segment("3", null, whole);
			assertThat(ToldSentences.split(List.of(point))).containsExactly(point);
		}
		Map<String, String> told = Map.of(
				"CAMISETAS Existen dos posibles sponsors para las indumentarias de todas las categorías. Se resuelve posponer"
						+ " el tema hasta la próxima reunión.", "Se resuelve posponer el tema hasta la próxima reunión.",
				"Club Competition Initial enquiries about a large competition event next year were positive. It was agreed"
						+ " that Kate will contact the venue.", "It was agreed that Kate will contact the venue.",
				"Relato da conversa com a universidade sobre o grupo de pesquisa e os seus projetos. Foi deliberado que o"
						+ " banco vai mandar um e-mail aos associados.", "Foi deliberado que o banco vai mandar um e-mail aos associados.",
				"Finances : Eliane et Fred nous informent que la mise à jour des signatures est réalisée. Une demande de"
						+ " subvention sera demandée à la municipalité.", "Une demande de subvention sera demandée à la municipalité.");
		told.forEach((point, sentence) -> assertThat(numbered(point)).hasSize(2).last().isEqualTo(sentence));
	}

	private static List<String> numbered(String point) {
		return ToldSentences.split(List.of(new Segment("6", null, point))).stream().map(Segment::text).toList();
	}

	private static List<String> texts(String paragraph) {
		return ToldSentences.split(List.of(new Segment("", null, paragraph))).stream().map(Segment::text).toList();
	}
}

package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An item taken whole from a paragraph or a point starts at its decision when the sentences before it only tell the
 * discussion (made-up examples in the shapes of x, aa, u, ac and w's minutes).
 */
class ItemStartsTests {

	private static String started(String text) {
		return ItemStarts.started(new Candidate(new Segment("", null, text), TextSpan.NONE, 0.7), text, ReadingContext.of(text)).segment().text();
	}

	@Test
	void startsAtTheDecisionAfterTheDiscussionInTheFourLanguages() {
		assertThat(started("JT advised that good progress was being made with the rollout and asked the Committee to"
				+ " review its support? It was agreed by all present to add this item to the agenda of the May meeting."))
			.isEqualTo("It was agreed by all present to add this item to the agenda of the May meeting.");
		assertThat(started("**Docker Compose Security** Merrill discussed the investigation into the security of Docker"
				+ " Compose and the need for a test suite. Armand and Merrill agreed to revisit the work item."))
			.isEqualTo("Armand and Merrill agreed to revisit the work item.");
		assertThat(started("Existen dos posibles patrocinadores para confeccionar la indumentaria de todas las categorías,"
				+ " aproximadamente $35.000. Se resuelve posponer el tema y no realizar más gestiones."))
			.isEqualTo("Se resuelve posponer el tema y no realizar más gestiones.");
		assertThat(started("Iniciando a reunião, o Presidente lembrou que os conselheiros receberam o material no começo"
				+ " da semana. Após várias explicações do diretor financeiro, o Balanço Patrimonial foi aprovado."))
			.isEqualTo("Após várias explicações do diretor financeiro, o Balanço Patrimonial foi aprovado.");
		assertThat(started("Les années précédentes le trésorier communiquait oralement le bilan financier lors de l'AG."
				+ " Cette lecture des chiffres ne permettait pas aux adhérents d'avoir une vision claire. Il a donc été"
				+ " décidé d'envoyer le fichier aux adhérents avant l'AG."))
			.isEqualTo("Il a donc été décidé d'envoyer le fichier aux adhérents avant l'AG.");
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// the first sentence is an item itself: a task, an operative verb
			"Thomas will send the notice to every member before Friday. The board agreed to meet again in May.",
			"Autorizar al Sr. Alcalde para realizar cualquier actuación en cumplimiento de este acuerdo. Sometido el asunto a votación, se aprueba por unanimidad.",
			// the point's title, in capitals or short, stays with its decision
			"APROVAÇÃO DA ATA NÚMERO DEZANOVE, RELATIVA À REUNIÃO ORDINÁRIA DA CÂMARA MUNICIPAL. DELIBERAÇÃO: A Câmara Municipal deliberou aprovar a ata.",
			"Logo de la asociación. Se acuerda usar el logo azul en todos los documentos.",
			// what follows the discussion is a task or a plan, not a decision: the readers cut those where they cut them
			"Merrill discussed the security of Docker Compose at length with the group. Merrill will draft a test suite.",
			"Il serait souhaitable qu'un adhérent se propose pour vérifier les comptes de la saison prochaine. Lors de l'AG nous ferons un appel aux volontaires." })
	void leavesTheItemWholeWhenItsFirstSentenceIsNotADiscussionOrNoDecisionFollows(String text) {
		assertThat(started(text)).isEqualTo(text);
	}

	@Test
	void theStartedItemKeepsItsPlaceInTheText() {
		String source = "# Minutes\n\nRGr reported on the budget of the middleware and the quotes received so far. "
				+ "Decision: It was agreed by the Committee that an approval meeting would be placed in the diary.\n";
		int from = source.indexOf("RGr");
		Candidate c = new Candidate(new Segment("", null, source.substring(from).strip()),
				new TextSpan(from, source.length() - 1), 0.7);
		Candidate started = ItemStarts.started(c, source, ReadingContext.of(source));
		assertThat(started.segment().text()).startsWith("Decision: It was agreed");
		assertThat(source.substring(started.span().start(), started.span().end())).isEqualTo(started.segment().text());
	}

	@Test
	void aReadingOfMarkdownMinutesStartsTheItemAtItsDecision() {
		String minutes = "# Steering Committee, 22 February 2022\n\n## WIS2\n\nJT advised that good progress was being made"
				+ " with WIS2 and that he would like the Committee to review what the project will do in support of the"
				+ " rollout? It was agreed by all present to add this item to the agenda of the May meeting.\n";
		MinutesReading.Result read = MinutesReading.withPackagedDirectory(null)
			.read(minutes, LocalDate.of(2022, 2, 22), Optional.of("en"));
		assertThat(read.items()).extracting(MinutesItem::text)
			.containsExactly("It was agreed by all present to add this item to the agenda of the May meeting.");
	}
}

package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Actions named by their label and number ("Action Item A2014-05:", "Acción 3:", "Ação n.º 2:", "Action n°4 :") are
 * items, each opening its line even inside a hard-wrapped paragraph, with the wrapped lines (and the deadline they
 * carry) kept in it.
 */
class NumberedActionsTests {

	private static List<String> texts(String minutes) {
		return Segmenter.segment(minutes, ReadingContext.of(minutes)).stream().map(Segment::text).toList();
	}

	@Test
	void eachNumberedActionOfAWrappedParagraphIsAnItemWithItsWrappedLines() {
		String minutes = """
				Open action items
				Action Item A2014-05: Validate links between parameters and CF standard names, and submit any
				changes to JK for inclusion in the name table [All WDCs, by 31 March 2014]
				Action Item A2014-06: Submit any new names to CF [All WDCs concerned, by 31 March 2014]
				Action Item A2014-07: Prepare doc 5.4 and submit it [JMA, asap]
				""";
		assertThat(texts(minutes)).containsExactly(
				"Action Item A2014-05: Validate links between parameters and CF standard names, and submit any changes to JK"
						+ " for inclusion in the name table [All WDCs, by 31 March 2014]",
				"Action Item A2014-06: Submit any new names to CF [All WDCs concerned, by 31 March 2014]",
				"Action Item A2014-07: Prepare doc 5.4 and submit it [JMA, asap]");
	}

	@Test
	void numberedActionsInSpanishPortugueseAndFrench() {
		assertThat(texts("""
				Seguimiento
				Acción 3: Enviar el acta a los socios [Ana, antes del 15 de mayo]
				Acción 4: Reservar la sala [Luis]
				""")).containsExactly("Acción 3: Enviar el acta a los socios [Ana, antes del 15 de mayo]",
				"Acción 4: Reservar la sala [Luis]");
		assertThat(texts("""
				Pendências
				Ação n.º 2: Enviar a ata aos sócios até dia 10
				Ação n.º 3: Reservar a sala
				""")).containsExactly("Ação n.º 2: Enviar a ata aos sócios até dia 10", "Ação n.º 3: Reservar a sala");
		assertThat(texts("""
				Suivi
				Action n°4 : Envoyer le compte rendu d'ici le 3 juin
				Action n°5 : Réserver la salle
				""")).containsExactly("Action n°4 : Envoyer le compte rendu d'ici le 3 juin", "Action n°5 : Réserver la salle");
	}

	@Test
	void anActionNamedByItsYearIsATitleNotAnItem() {
		assertThat(Cues.NUMBERED_ACTION.matcher("action 2016-07 promoting semantic interoperability").find()).isFalse();
		assertThat(Cues.INLINE_AGREEMENT.matcher("action 2016-07 promoting semantic interoperability").find()).isFalse();
		assertThat(Cues.INLINE_AGREEMENT.matcher("action item a2014-05: validate links").find()).isTrue();
	}
}

package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The review of the last meeting's actions, each with its status since ("done", "OK", "em andamento"), is no decision of
 * this meeting: its section holds no items, in Markdown and in plain text (made-up examples).
 */
class PreviousActionsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Review of previous action items | NEVER
			1 Previous Action Items [10 min] | NEVER
			Actions Update | NEVER
			TO DO réu précédente : | NEVER
			Acompanhamento das ações pendentes da última reunião | NEVER
			Punto 7. Revisar previas acciones | NEVER
			Actions réalisées : | NEVER
			Actions prévues lors de la réunion précédente | NEVER
			Action items | DECISIONS
			Actions à lancer ou poursuivre : | DECISIONS
			Bilan des actions passées | DECISIONS
			Próximos pasos | DECISIONS
			""")
	void aHeadingOfTheEarlierActionsHoldsNoDecisions(String heading, SectionCues.Kind kind) {
		assertThat(SectionCues.heading(heading)).isEqualTo(kind);
	}

	@Test
	void theActionsReviewedInMarkdownAreLeftOutAndTheNewOnesKept() {
		String text = """
				# Steering committee, 14 March

				## Review of previous action items

				- [x] Ana: update the roadmap. Done
				- [ ] Li: write the release proposal. In progress

				## Action items

				- [ ] Ana to publish the release notes by Friday
				""";
		assertThat(TestFiles.itemTexts(text, "en")).hasSize(1).allMatch(t -> t.contains("publish the release notes"));
	}

	@Test
	void theActionsReviewedInPlainTextAreLeftOut() {
		String text = """
				Reunião semanal, 1 de junho

				Acompanhamento das ações pendentes da última reunião
				- Fazer o manual dos participantes (Bruna) - feito
				- Formulário para as redes sociais (Naiara) - em andamento

				Encaminhamentos
				- Carla vai enviar o convite até sexta-feira
				""";
		assertThat(TestFiles.itemTexts(text, "pt")).hasSize(1).allMatch(t -> t.contains("enviar o convite"));
	}
}

package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A deliberating body that decides in the present tense, as a working group's, a municipal council's or a board's
 * minutes record it ("Le groupe de travail approuve le principe …", "le Conseil donne son accord …", "the group
 * decides …", "The participants agreed with the proposition …"): the sentence is a decision wherever it stands
 * (`Cues.DECIDED_IN_ACCOUNT`, asked by {@link Narrative#states}). Made-up sentences of the shapes found in the
 * development parts (d, r, t).
 */
class BodyDecidesTests {

	@ParameterizedTest
	@ValueSource(strings = { "Le groupe de travail approuve le principe d’ouverture à commentaires publics.",
			"Appelé à se prononcer, le Conseil donne son accord et pouvoir à la Présidente pour signer le permis.",
			"Le GT valide la proposition de création d'une nouvelle valeur.",
			"Les membres du bureau ont décidé de tenir compte des voix consultatives.",
			"Les participants acceptent de reporter la sortie au printemps.",
			"Le conseil d'école valide le projet de sortie scolaire.",
			"Due to connectivity issues, the group decides to postpone the vote.",
			"The participants agreed with the proposition to remove the property." })
	void aBodyDecidingInThePresentStatesADecision(String sentence) {
		assertThat(Narrative.states(sentence)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Le groupe de travail présente l'avancement du standard.",
			"Les membres du bureau sont présents.", "Le conseil prend connaissance du rapport annuel.",
			"The group discussed the proposal at length.", "The participants introduced themselves." })
	void aBodyThatOnlyHearsOrTellsStatesNothing(String sentence) {
		assertThat(Narrative.states(sentence)).isFalse();
	}

	@Test
	void theSentenceInAParagraphIsTheItem() {
		String text = """
				COMPTE-RENDU DE REUNION DU GROUPE DE TRAVAIL

				Présentation de la version 0.2 du standard par le Cerema.

				Le groupe de travail approuve le principe d’ouverture à commentaires publics de la v0.2 sur la période mai juin.
				""";
		assertThat(TestFiles.readText(text, "fr").items()).extracting(MinutesItem::text)
			.anySatisfy(t -> assertThat(t).startsWith("Le groupe de travail approuve le principe"))
			.noneSatisfy(t -> assertThat(t).startsWith("Présentation de la version"));
	}
}

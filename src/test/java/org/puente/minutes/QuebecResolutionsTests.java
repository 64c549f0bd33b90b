package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Québec council records each resolution by who moved it and that it was resolved ("Il est proposé par monsieur X,
 * appuyé par madame Y, et résolu de …", "Il est également résolu de …"), the French form of "Motion by X, second by Y
 * to …" ({@code Cues.DECIDED_IN_ACCOUNT}); the movers alone, with nothing resolved, are not a decision. Made-up
 * sentences of the shapes found in ai, am and as of the development parts.
 */
class QuebecResolutionsTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Il est proposé par monsieur Paul Roy et résolu de réserver une somme de 5 000 $ pour le deuxième appel de projets. | true
			Il est proposé par la conseillère Anne Roy, appuyé par le conseiller Marc Roy, et il est résolu à l'unanimité d'acheter des uniformes. | true
			Proposé par monsieur Paul Roy Appuyé par monsieur Marc Roy Et résolu à l'unanimité d'accorder le contrat. | true
			Il est également résolu de demander au CLD de nous faire parvenir le bilan. | true
			Proposé par monsieur Paul Roy Appuyé par monsieur Marc Roy. | false
			Le projet proposé par la commission a été présenté aux élus. | false
			""")
	void aResolutionToldByItsMoversIsStated(String sentence, boolean stated) {
		assertThat(Narrative.states(sentence)).isEqualTo(stated);
	}

	@Test
	void theResolutionInTheMinutesIsAnItem() {
		String text = """
				PROCÈS-VERBAL DE LA SÉANCE ORDINAIRE DU CONSEIL

				Le préfet présente le bilan du premier appel de projets du Pacte rural, qui a permis de financer onze projets. Il est proposé par monsieur Paul Roy et résolu de réserver une somme de 5 000 $ pour le deuxième appel de projets.
				""";
		assertThat(TestFiles.readText(text, "fr").items()).extracting(MinutesItem::text)
			.anySatisfy(t -> assertThat(t).startsWith("Il est proposé par monsieur Paul Roy et résolu de réserver"));
	}
}

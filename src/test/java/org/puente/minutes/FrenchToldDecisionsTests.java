package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two ways French minutes (and a few English ones) record a decision or a task under an ordinary heading, read as told
 * wherever they stand (`Cues.DECIDED_IN_ACCOUNT`, asked by {@link Narrative#states}): a deliberating body deciding in
 * the present or the perfect ("Le groupe de travail approuve le principe …", "le Conseil donne son accord …", "the
 * group decides …"), and the gerundive of a task still to be done ("Ces hypothèses sont à confirmer", "Réflexion à
 * lancer"), not what is left open ("Date à définir"). Made-up sentences of the shapes found in the development parts
 * (d, r, t, w, x).
 */
class FrenchToldDecisionsTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Le groupe de travail approuve le principe d’ouverture à commentaires publics. | true
			Appelé à se prononcer, le Conseil donne son accord et pouvoir à la Présidente pour signer le permis. | true
			Le GT valide la proposition de création d'une nouvelle valeur. | true
			Les membres du bureau ont décidé de tenir compte des voix consultatives. | true
			Les participants acceptent de reporter la sortie au printemps. | true
			Le conseil d'école valide le projet de sortie scolaire. | true
			Due to connectivity issues, the group decides to postpone the vote. | true
			The participants agreed with the proposition to remove the property. | true
			Ces hypothèses de travail sont à confirmer avec le retour terrain. | true
			Une communication communale sera à faire avant la vente. | true
			Information à faire parvenir afin d’améliorer la communication entre les pôles. | true
			Calendrier des évènements à faire par les associations. | true
			Réflexion à lancer (possible dès demain) | true
			Les demandes d’évolution sont à transmettre au secrétariat. | true
			Le groupe de travail présente l'avancement du standard. | false
			Les membres du bureau sont présents. | false
			Le conseil prend connaissance du rapport annuel. | false
			The group discussed the proposal at length. | false
			The participants introduced themselves. | false
			Date à définir / 2 jours sur un week-end | false
			Format à préciser | false
			Le site est à jour depuis janvier. | false
			""")
	void tellsADecisionOrATaskOnlyWhenOneIsStated(String sentence, boolean stated) {
		assertThat(Narrative.states(sentence)).isEqualTo(stated);
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

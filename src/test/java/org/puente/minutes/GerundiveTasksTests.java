package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The French gerundive of a task, what is still to be done ("Ces hypothèses sont à confirmer avec le terrain", "Une
 * communication sera à faire", "Information à faire parvenir aux pôles", "Réflexion à lancer"): a task wherever it
 * stands (`Cues.DECIDED_IN_ACCOUNT`, asked by {@link Narrative#states}); what is left open ("Date à définir") is none.
 * Made-up sentences of the shapes found in the development parts (r, w, x).
 */
class GerundiveTasksTests {

	@ParameterizedTest
	@ValueSource(strings = { "Ces hypothèses de travail sont à confirmer avec le retour terrain.",
			"Une communication communale sera à faire avant la vente.",
			"Information à faire parvenir afin d’améliorer la communication entre les pôles.",
			"Calendrier des évènements à faire par les associations.", "Réflexion à lancer (possible dès demain)",
			"Les demandes d’évolution sont à transmettre au secrétariat." })
	void aTaskStillToBeDoneStatesOne(String sentence) {
		assertThat(Narrative.states(sentence)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Date à définir / 2 jours sur un week-end", "Format à préciser",
			"La capacité de décentralisation n'est pas forcément utile.", "Le site est à jour depuis janvier." })
	void whatIsLeftOpenStatesNothing(String sentence) {
		assertThat(Narrative.states(sentence)).isFalse();
	}
}

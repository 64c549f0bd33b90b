package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An action labelled with its owner between the label and the colon ("AI @Markus Fiebig: send information about CF",
 * "Action Mark/Philippe: Go talk to W3C") or after a dash ("AI - @cvazac to find out"), as working groups' notes
 * write them: the line tells a task, like "Action: Clerk to obtain quotes". Made-up lines of the development parts'
 * shapes.
 */
class ActionOwnersLabelledTests {

	@ParameterizedTest
	@ValueSource(strings = { "AI @Markus Fiebig: send information about CF", "AI @all: Check suitability of CF for GAW",
			"Action Mark: Will have a cross-document review ending in May.", "Action Mark/Philippe: Go talk to W3C about it.",
			"**AI - @cvazac to find out**", "ACTION – AH – Send Email to the Planning Department",
			"Action: Clerk to obtain quotes for agreed works." })
	void anActionLabelledWithItsOwnerTellsATask(String line) {
		assertThat(Narrative.states(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Air quality: the monitor was installed last year.", "Actions taken so far were reviewed.",
			"AI models were discussed at length by the group." })
	void aLineThatOnlyBeginsWithTheLettersIsNone(String line) {
		assertThat(Narrative.states(line)).isFalse();
	}

	@Test
	void theLabelledActionsOfATelephoneConferenceAreItsItems() {
		String text = """
				Minutes of the 2nd telecon

				3) Metadata
				The group discussed the station metadata and the ISO examples in detail.
				- AI @Hiroshi Koide: provide feedbacks to Anatoly on the station metadata
				- AI @all: check the suitability of CF for the network
				4) Reports
				The chair reported on the activities of the year.
				""";
		assertThat(TestFiles.readText(text, "en").items()).extracting(MinutesItem::text)
			.anySatisfy(t -> assertThat(t).startsWith("AI @Hiroshi Koide: provide feedbacks"))
			.anySatisfy(t -> assertThat(t).startsWith("AI @all: check the suitability"))
			.noneSatisfy(t -> assertThat(t).contains("The chair reported"));
	}
}

package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The candidate's words as the scoring reads them: the export writes the same ones the fit learns from. */
class ScoringWordsTests {

	@Test
	void readsFoldedWordsTheirNeighboursAndTheFirstTwo() {
		assertThat(ScoringWords.of("- **Ficou definido** que a reunião é às 10h."))
			.containsExactly("w:ficou", "f:ficou", "w:definido", "b:ficou_definido", "f2:ficou_definido", "w:que",
					"b:definido_que", "w:reuniao", "b:que_reuniao", "w:as", "b:reuniao_as");
	}

	@Test
	void aModelWithNoWordsInTheTableIsScoredByItsFeaturesAlone() {
		assertThat(ScoringWords.score("", "The board decided to adopt the budget", "en")).isZero();
		assertThat(ScoringWords.load("/minutes/no-such-table.tsv")).isEmpty();
	}
}

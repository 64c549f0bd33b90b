package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The stems the prose model weighs: a verb's forms share one feature, so a weight learned on "aprobaron" carries to
 * "aprobó" and "aprobada" (what the folded words could not do), and the language picks the stemmer.
 */
class ProseStemsTests {

	@Test
	void aVerbsFormsShareOneStemInEachLanguage() {
		assertThat(ProseStems.of("Se aprobó", "es")).contains("s:es:aprob");
		assertThat(ProseStems.of("Los consejeros aprobaron", "es")).contains("s:es:aprob");
		assertThat(ProseStems.of("Queda aprobada", "es")).contains("s:es:aprob");
		assertThat(ProseStems.of("Le conseil a décidé", "fr")).contains("s:fr:decid");
		assertThat(ProseStems.of("Le conseil décide", "fr")).contains("s:fr:decid");
		assertThat(ProseStems.of("Les mesures décidées", "fr")).contains("s:fr:decid");
		assertThat(ProseStems.of("Ficou decidido", "pt")).contains("s:pt:decid");
		assertThat(ProseStems.of("The board decided", "en")).contains("s:en:decid");
		assertThat(ProseStems.of("It decides", "en")).contains("s:en:decid");
	}

	@Test
	void theExportAndTheScoringReadTheStemsBesideTheWords() {
		assertThat(ScoringWords.of("Se aprobó el acta", "es")).contains("w:aprobo", "s:es:aprob", "s:es:acta");
		assertThat(ScoringWords.of("Se aprobó el acta", "es")).doesNotContain("s:en:aprob");
	}
}

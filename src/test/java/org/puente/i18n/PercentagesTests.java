package org.puente.i18n;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A percentage as each language writes it (walk 17): Brazilian Portuguese and English put the sign against the number
 * ("19% cumprido"), French and Spanish a space that does not break ("19 % réalisé"); the pages wrote "19 % cumprido"
 * with a plain space, which can also leave "%" alone at the start of a line. The flows' route said "12 %" for a rise
 * and "-48 %" for a fall: a change carries its sign both ways.
 */
@PuenteTest
class PercentagesTests extends WebTestSupport {

	private static List<String> texts(Document page, String words) {
		// whole text: text() makes a space of a no-break space
		List<String> found = page.select("main *:containsOwn(" + words + ")").stream().map(e -> e.wholeText().strip())
			.toList();
		assertThat(found).as("«%s» on the page", words).isNotEmpty();
		return found;
	}

	@Test
	void theRoutesChangesCarryTheirSignAndTheLanguagesPercentSign() throws Exception {
		assertThat(texts(pageIn("/flows", "fp-panama", "pt"), "em relação às 4 anteriores"))
			.allMatch(t -> t.matches("[+-]\\d{1,3}(\\.\\d{3})*% em relação às 4 anteriores"));
		assertThat(texts(pageIn("/flows", "observer-oim", "fr"), "par rapport aux 4 précédentes"))
			.allMatch(t -> t.matches("[+-]\\d{1,3}(\\u202f\\d{3})*\\u00a0% par rapport aux 4 précédentes"));
		assertThat(texts(pageIn("/flows", "fp-panama", "en"), "against the 4 before"))
			.allMatch(t -> t.matches("[+-]\\d{1,3}(,\\d{3})*% against the 4 before"));
	}

	@Test
	void theShareOfAgreementsDoneIsWrittenAsEachLanguageWritesIt() throws Exception {
		assertThat(texts(pageIn("/agreements", null, "pt"), "cumprido")).anyMatch(t -> t.matches("\\d{1,3}% cumprido"));
		assertThat(texts(pageIn("/agreements", null, "fr"), "réalisé")).anyMatch(t -> t.matches("\\d{1,3}\\u00a0% réalisé"));
		assertThat(pageIn("/portal", null, "pt").text()).containsPattern("\\d% cumprido").doesNotContainPattern("\\d % cumprido");
	}
}

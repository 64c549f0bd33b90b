package org.puente.minutes.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Four shapes of dates on items the engine matched without their date (branch near10, issue 9), each in es, en, pt
 * and fr, read against minutes of Wednesday 13 March 2024: a figure spelt out again in brackets, a month cut short to
 * "sep", a count joined to its unit by a hyphen ("one-week") and a year given as a horizon. Written from the rules, not
 * copied from the corpus.
 */
class EchoesAndHorizonsTests {

	private static final LocalDate WEDNESDAY_13_MARCH_2024 = LocalDate.of(2024, 3, 13);

	private final TemporalTagger tagger = new TemporalTagger();

	/** Every row "lang | words | first | last" read to those days (the first mention's first, the last one's last). */
	private void reads(String... rows) {
		List<String> wrong = new ArrayList<>();
		for (String row : rows) {
			String[] f = row.split("\\s*\\|\\s*");
			List<TemporalMention> found = tagger.tag(f[1], WEDNESDAY_13_MARCH_2024, f[0]);
			String got = found.isEmpty() ? "nothing" : found.get(0).first() + ".." + found.get(found.size() - 1).last();
			if (!got.equals(f[2] + ".." + f[3])) {
				wrong.add(row + " but read " + got);
			}
		}
		assertThat(wrong).isEmpty();
	}

	private void readsNothing(String lang, String... texts) {
		for (String text : texts) {
			assertThat(tagger.tag(text, WEDNESDAY_13_MARCH_2024, lang)).as(text).isEmpty();
		}
	}

	@Test
	void readsADayWhoseFigureIsSpeltOutAgainInBracketsAsThatDay() {
		reads("pt | a votação para o dia 18 (dezoito) de abril de 2024 | 2024-04-18 | 2024-04-18",
				"pt | até o dia 31 (trinta e um) de maio | 2024-05-31 | 2024-05-31",
				"es | la votación se hará el día 18 (dieciocho) de abril de 2024 | 2024-04-18 | 2024-04-18",
				"fr | le vote aura lieu le 18 (dix-huit) avril 2024 | 2024-04-18 | 2024-04-18",
				"en | the vote will be held on 18 (eighteen) April 2024 | 2024-04-18 | 2024-04-18",
				"pt | até 31 de dezembro de 2024 (dois mil e vinte e quatro) | 2024-12-31 | 2024-12-31");
		// words in brackets that say another number are no echo: the day does not reach the month
		assertThat(tagger.tag("o dia 18 (dezanove) de abril", WEDNESDAY_13_MARCH_2024, "pt"))
			.noneMatch(m -> m.first().equals(LocalDate.of(2024, 4, 18)));
	}

	@Test
	void readsSeptemberCutToSepInEachLanguage() {
		reads("fr | pour samedi, le 21 sep | 2024-09-21 | 2024-09-21", "fr | à rendre le 17 sep | 2024-09-17 | 2024-09-17",
				"es | entregar el 17 sep | 2024-09-17 | 2024-09-17", "en | due 17 Sep | 2024-09-17 | 2024-09-17",
				"pt | entregar em 17 set | 2024-09-17 | 2024-09-17");
	}

	@Test
	void readsACountJoinedToItsUnitByAHyphenAsTheDaysUpToIt() {
		reads("en | comments within the one-week deadline | 2024-03-14 | 2024-03-20",
				"en | within a two-week period | 2024-03-14 | 2024-03-27",
				"es | comentarios en un plazo de una semana | 2024-03-14 | 2024-03-20",
				"pt | comentários no prazo de uma semana | 2024-03-14 | 2024-03-20",
				"fr | commentaires dans un délai d'une semaine | 2024-03-14 | 2024-03-20");
		readsNothing("en", "a two-week sprint", "the one-week course was useful");
	}

	@Test
	void readsAYearGivenAsAHorizonAsThatYear() {
		reads("fr | réduire les délais à l'horizon 2030 | 2030-01-01 | 2030-12-31",
				"fr | un plan à l’horizon 2026 | 2026-01-01 | 2026-12-31",
				"es | reducir los plazos en el horizonte 2030 | 2030-01-01 | 2030-12-31",
				"es | un plan con horizonte a 2026 | 2026-01-01 | 2026-12-31",
				"pt | reduzir os prazos no horizonte de 2030 | 2030-01-01 | 2030-12-31",
				"en | reduce the delays by 2030 | 2030-01-01 | 2030-12-31");
		readsNothing("fr", "le programme Horizon 2020 finance le projet");
		readsNothing("es", "la Agenda Horizonte 2030 fue presentada");
		readsNothing("en", "a Horizon 2020 project");
	}
}

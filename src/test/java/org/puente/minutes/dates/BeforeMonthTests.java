package org.puente.minutes.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A month named after a limit word that leaves it out ("before November") ends the day before it; a limit that takes
 * the month in ("by November", "até novembro") keeps the whole month. Minutes of Wednesday 13 March 2024, written here.
 */
class BeforeMonthTests {

	private final TemporalTagger tagger = new TemporalTagger();

	private List<String> read(String lang, String text) {
		return tagger.tag(text, LocalDate.of(2024, 3, 13), lang).stream().map(m -> m.first() + ".." + m.last()).toList();
	}

	@Test
	void endsTheDayBeforeAMonthTheLimitLeavesOut() {
		assertThat(read("en", "get the website up and running before November.")).containsExactly("2024-10-31..2024-10-31");
		assertThat(read("es", "renovar la web antes de noviembre")).containsExactly("2024-10-31..2024-10-31");
		assertThat(read("pt", "entregar o relatório antes de novembro")).containsExactly("2024-10-31..2024-10-31");
		assertThat(read("fr", "envoyer le dossier avant mai 2024")).containsExactly("2024-04-30..2024-04-30");
	}

	@Test
	void keepsTheMonthALimitTakesInAndTheDaysALimitNames() {
		assertThat(read("en", "by November")).containsExactly("2024-11-01..2024-11-30");
		assertThat(read("pt", "até novembro")).containsExactly("2024-11-01..2024-11-30");
		assertThat(read("en", "before 22 Nov")).containsExactly("2024-11-22..2024-11-22");
		assertThat(read("en", "the clerk will order them before the September meeting")).containsExactly("2024-09-01..2024-09-30");
	}
}

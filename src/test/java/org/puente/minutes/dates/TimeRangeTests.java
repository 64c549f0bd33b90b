package org.puente.minutes.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Opening hours after a weekday are no date ("Saturday 10-2.30" was read as 10 February 2030): a date in figures
 * writes one separator throughout (10-02-30, 10.02.30, 10/02/30). Hand-written sentences, minutes of Tuesday 17 October
 * 2023.
 */
class TimeRangeTests {

	private static final LocalDate TUESDAY_17_OCTOBER_2023 = LocalDate.of(2023, 10, 17);

	private final TemporalTagger tagger = new TemporalTagger();

	private List<String> read(String lang, String text) {
		return tagger.tag(text, TUESDAY_17_OCTOBER_2023, lang).stream().map(m -> m.text() + " " + m.first()).toList();
	}

	@Test
	void readsAWeekdayBeforeHoursAsThatWeekdayAlone() {
		assertThat(read("en", "Kim motioned to amend library hours Tuesday 10-5:30, Thursday 1-5:30, Saturday 10-2.30."))
			.containsExactly("Tuesday 2023-10-24", "Thursday 2023-10-19", "Saturday 2023-10-21");
		assertThat(read("en", "open Saturday 10.30-12")).containsExactly("Saturday 2023-10-21");
		assertThat(read("es", "horario del sábado 10-12.30")).containsExactly("sábado 2023-10-21");
		assertThat(read("pt", "atendimento sábado 9-12.30")).containsExactly("sábado 2023-10-21");
		assertThat(read("fr", "permanence samedi 10.30-12 et 14h-16h")).containsExactly("samedi 2023-10-21");
	}

	@Test
	void readsADateWithOneSeparatorThroughout() {
		assertThat(read("es", "hasta el 10-02-24")).containsExactly("hasta el 10-02-24 2024-02-10");
		assertThat(read("es", "hasta el 10.02.24")).containsExactly("hasta el 10.02.24 2024-02-10");
		assertThat(read("es", "hasta el 10/02/24")).containsExactly("hasta el 10/02/24 2024-02-10");
		assertThat(read("en", "released 2024-02-10")).containsExactly("2024-02-10 2024-02-10");
		assertThat(read("en", "released 2024-02.10")).isEmpty();
	}
}

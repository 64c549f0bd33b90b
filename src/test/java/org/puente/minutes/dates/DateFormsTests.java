package org.puente.minutes.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The general forms of words of the corpus annotation rules for dates, in es, en, pt and fr
 * ({@code bench/dates/forms.tsv}: weeks, months, quarters, halves, years, end/early/mid of a month, weekdays forward,
 * this/next week, end of month, within N days, in N days, ranges, dd/mm, tonight, tomorrow, the next meeting). Written
 * from the rules, not from corpus texts, and read first with the tagger as it stood (see the file's header for the
 * figures before and after).
 */
class DateFormsTests {

	static final Path FILE = Path.of("bench/dates/forms.tsv");

	private final TemporalTagger tagger = new TemporalTagger();

	private final List<Expressions> forms = Expressions.read(FILE);

	@Test
	void theTableHoldsAtLeast120FormsInEachOfFourLanguages() {
		assertThat(forms).hasSizeGreaterThanOrEqualTo(120);
		for (String lang : List.of("es", "en", "pt", "fr")) {
			assertThat(forms).filteredOn(e -> e.lang().equals(lang)).hasSizeGreaterThanOrEqualTo(30);
		}
	}

	@Test
	void readsEveryFormToItsFirstAndLastDay() {
		List<String> wrong = Expressions.wrongDays(forms, tagger);
		System.out.printf("DateFormsTests: %d of %d forms read to their days%n", forms.size() - wrong.size(),
				forms.size());
		assertThat(wrong).isEmpty();
	}

	@Test
	void tellsLimitsFromEventsOnTheFormsItReads() {
		assertThat(Expressions.wrongKinds(forms, tagger)).isEmpty();
	}

	@Test
	void warnsWhenDayAndMonthCouldBeSwappedOnlyWhereTheLanguageAllowsBoth() {
		LocalDate meeting = LocalDate.of(2025, 10, 8);
		for (String[] dayFirst : new String[][] { { "es", "el 05/11" }, { "pt", "até 05/11" }, { "fr", "le 05/11/2025" } }) {
			List<TemporalMention> read = tagger.tag(dayFirst[1], meeting, dayFirst[0]);
			assertThat(read).as(dayFirst[1]).singleElement()
				.satisfies(m -> assertThat(m.first()).isEqualTo(LocalDate.of(2025, 11, 5)))
				.satisfies(m -> assertThat(m.ambiguous()).isFalse());
		}
		assertThat(tagger.tag("by 05/11/2025", meeting, "en")).singleElement()
			.satisfies(m -> assertThat(m.warningKey()).isEqualTo("date.day-month-order"));
		assertThat(tagger.tag("by 20/11/2025", meeting, "en")).singleElement()
			.satisfies(m -> assertThat(m.ambiguous()).isFalse());
	}
}

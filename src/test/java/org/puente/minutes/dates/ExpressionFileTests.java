package org.puente.minutes.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The tagger reads every expression of {@code bench/dates/expressions.tsv} (es, en, pt, fr; the phrasing of real
 * minutes) to the days and kind the corpus conventions give. The file was written with the tagger: these are its
 * specification, not an honest accuracy figure (those are the dev batches', in docs/minutes-dates.md).
 */
class ExpressionFileTests {

	private final TemporalTagger tagger = new TemporalTagger();

	private final List<Expressions> expressions = Expressions.read(Expressions.FILE);

	@Test
	void theFileHoldsAtLeast150ExpressionsInFourLanguages() {
		assertThat(expressions).hasSizeGreaterThanOrEqualTo(150);
		assertThat(expressions).extracting(Expressions::lang).contains("es", "en", "pt", "fr");
	}

	@Test
	void readsEveryExpressionToItsFirstAndLastDay() {
		assertThat(Expressions.wrongDays(expressions, tagger)).isEmpty();
	}

	@Test
	void tellsDeadlinesFromEventsFromTheWordsAround() {
		assertThat(Expressions.wrongKinds(expressions, tagger)).isEmpty();
	}
}

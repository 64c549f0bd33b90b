package org.puente.minutes.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Three general forms found missing while reading the French development minutes (4 December, evening), each in the
 * languages that have it, in made-up sentences read against minutes of Friday 22 January 2016: two days of different
 * months with the weekday of either ("samedi 13 février et le 12 mars": the weekday was read alone as the next
 * Saturday); a day alone made a limit by the words after it ("le 12 au plus tard"); this month by its name ("ce mois
 * de février", read as January and February together); and a range opened by "desde"
 * keeps the kind that word gives it ("Desde el lunes 1 de febrero hasta el sábado 6 de febrero se podrá votar").
 */
class WeekdayRangeAndLimitTests {

	private static final LocalDate MEETING = LocalDate.of(2016, 1, 22);

	private final TemporalTagger tagger = new TemporalTagger();

	/** Every row "lang | words | first | last" (or "lang | words | nothing") read so by {@link TemporalTagger#tag}, from its first to its last day. */
	private void reads(String... rows) {
		List<String> wrong = new ArrayList<>();
		for (String row : rows) {
			String[] f = row.split("\\s*\\|\\s*");
			List<TemporalMention> found = tagger.tag(f[1], MEETING, f[0]);
			String got = found.isEmpty() ? "nothing" : found.stream().map(TemporalMention::first).min(LocalDate::compareTo)
				.orElseThrow() + " " + found.stream().map(TemporalMention::last).max(LocalDate::compareTo).orElseThrow();
			if (!got.equals(f.length > 3 ? f[2] + " " + f[3] : f[2])) {
				wrong.add(row + " but read " + got);
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void keepsTheWeekdayOfEitherDayInARangeAcrossMonths() {
		reads("fr | Veillée jeux : samedi 13 février et le 12 mars | 2016-02-13 | 2016-03-12",
				"fr | du lundi 29 février au vendredi 4 mars | 2016-02-29 | 2016-03-04",
				"es | el sábado 13 de febrero y el 12 de marzo | 2016-02-13 | 2016-03-12",
				"es | del lunes 29 de febrero al viernes 4 de marzo | 2016-02-29 | 2016-03-04",
				"pt | no sábado 13 de fevereiro e no dia 12 de março | 2016-02-13 | 2016-03-12",
				"pt | sábado, 13 de fevereiro e 12 de março | 2016-02-13 | 2016-03-12",
				"en | Saturday 13 February or 12 March | 2016-02-13 | 2016-03-12",
				"en | from Monday 29 February to Friday 4 March | 2016-02-29 | 2016-03-04");
	}

	@Test
	void readsADayAloneBeforeTheWordsThatMakeItALimit() {
		reads("fr | envoyer le dossier le 12 au plus tard | 2016-02-12 | 2016-02-12",
				"fr | le 1er au plus tard | 2016-02-01 | 2016-02-01",
				"es | enviar el informe el 12 a más tardar | 2016-02-12 | 2016-02-12",
				"es | el día 12 a más tardar | 2016-02-12 | 2016-02-12",
				"pt | enviar o relatório no dia 12 o mais tardar | 2016-02-12 | 2016-02-12",
				"pt | o dia 12 no máximo | 2016-02-12 | 2016-02-12");
		assertThat(tagger.tag("le 12 au plus tard", MEETING, "fr")).singleElement()
			.satisfies(m -> assertThat(m.kind()).isEqualTo(TemporalMention.Kind.DEADLINE));
	}

	@Test
	void readsThisMonthByItsNameAsTheMonthNamed() {
		reads("fr | au cours de ce mois de février | 2016-02-01 | 2016-02-29",
				"fr | ce mois de février 2016 | 2016-02-01 | 2016-02-29",
				"es | en este mes de febrero | 2016-02-01 | 2016-02-29",
				"pt | neste mês de fevereiro | 2016-02-01 | 2016-02-29",
				"en | this month of February | 2016-02-01 | 2016-02-29",
				"fr | ce mois-ci | 2016-01-01 | 2016-01-31");
	}

	@Test
	void theTypographicApostropheMeetsTheKindWordsAsThePlainOne() {
		for (String text : new String[] { "à partir d’avril", "à partir d'avril" }) {
			assertThat(tagger.tag(text, MEETING, "fr")).as(text).singleElement()
				.satisfies(m -> assertThat(m.kind()).isEqualTo(TemporalMention.Kind.EVENT));
		}
	}

	@Test
	void leavesACountAfterAPluralArticle() {
		reads("fr | les 3 au plus tard | nothing", "es | los 3 a más tardar | nothing");
	}

	@Test
	void aRangeOpenedByItsFromWordKeepsTheKindThatWordGives() {
		for (String[] row : new String[][] { { "es", "Desde el lunes 1 de febrero hasta el sábado 6 de febrero se podrá votar" },
			{ "es", "Desde el 1 de febrero hasta el 6 de febrero se podrá votar" } }) {
			assertThat(tagger.tag(row[1], MEETING, row[0])).as(row[1]).singleElement()
				.satisfies(m -> assertThat(m.kind()).isEqualTo(TemporalMention.Kind.EVENT))
				.satisfies(m -> assertThat(m.first()).isEqualTo(LocalDate.of(2016, 2, 1)))
				.satisfies(m -> assertThat(m.last()).isEqualTo(LocalDate.of(2016, 2, 6)));
		}
	}
}

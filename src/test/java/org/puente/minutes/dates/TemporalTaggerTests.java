package org.puente.minutes.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.puente.minutes.dates.TemporalMention.Kind;
import org.puente.i18n.DatePrecision;

class TemporalTaggerTests {

	private static final LocalDate THURSDAY_8_JUNE_2017 = LocalDate.of(2017, 6, 8);

	private final TemporalTagger tagger = new TemporalTagger();

	private List<TemporalMention> tag(String text, String lang) {
		return tagger.tag(text, THURSDAY_8_JUNE_2017, lang);
	}

	private TemporalMention only(String text, String lang) {
		List<TemporalMention> found = tag(text, lang);
		assertThat(found).as(text).hasSize(1);
		return found.get(0);
	}

	@Test
	void givesEachDateOfASentenceItsSpanDaysAndKind() {
		String text = "La ST enviará a más tardar el lunes 12 de junio el informe, y el taller se realizará los días 7 y 8 "
				+ "de septiembre en Lima.";
		List<TemporalMention> found = tag(text, "es");
		assertThat(found).extracting(TemporalMention::text).containsExactly("a más tardar el lunes 12 de junio",
				"los días 7 y 8 de septiembre");
		TemporalMention deadline = found.get(0);
		assertThat(text.substring(deadline.start(), deadline.end())).isEqualTo(deadline.text());
		assertThat(List.of(deadline.first(), deadline.last())).containsExactly(LocalDate.of(2017, 6, 12),
				LocalDate.of(2017, 6, 12));
		assertThat(deadline.kind()).isEqualTo(Kind.DEADLINE);
		assertThat(deadline.ambiguous()).isFalse();
		TemporalMention workshop = found.get(1);
		assertThat(List.of(workshop.first(), workshop.last())).containsExactly(LocalDate.of(2017, 9, 7),
				LocalDate.of(2017, 9, 8));
		assertThat(workshop.kind()).isEqualTo(Kind.EVENT);
		assertThat(workshop.precision()).isEqualTo(DatePrecision.DAY);
	}

	@Test
	void countsAWeekdayForwardFromTheMeetingAndSaysItChose() {
		TemporalMention wednesday = only("XYZ: to update the PR by Wednesday", "en");
		assertThat(wednesday.first()).isEqualTo(LocalDate.of(2017, 6, 14));
		assertThat(wednesday.kind()).isEqualTo(Kind.DEADLINE);
		assertThat(wednesday.ambiguous()).isTrue();
		assertThat(wednesday.warningKey()).isEqualTo("date.weekday-only");
		assertThat(only("Até sexta-feira", "pt").first()).isEqualTo(LocalDate.of(2017, 6, 9));
		assertThat(only("d'ici vendredi", "fr").text()).isEqualTo("d'ici vendredi");
		assertThat(only("el jueves", "es").first()).as("the Thursday after, not the meeting's own")
			.isEqualTo(LocalDate.of(2017, 6, 15));
	}

	@Test
	void letsTheExplicitDateInBracketsWinOverTheRelativeOne() {
		TemporalMention next = tagger.tag("la próxima semana (27/02)", LocalDate.of(2025, 2, 20), "es").get(0);
		assertThat(next.first()).isEqualTo(LocalDate.of(2025, 2, 27));
		assertThat(next.text()).isEqualTo("próxima semana (27/02)");
		assertThat(next.ambiguous()).isFalse();
		TemporalMention clash = only("la próxima semana (27/06)", "es");
		assertThat(clash.first()).isEqualTo(LocalDate.of(2017, 6, 27));
		assertThat(clash.warningKey()).isEqualTo("date.relative-mismatch");
	}

	@Test
	void flagsAWeekdayThatDoesNotMatchItsDate() {
		TemporalMention date = only("el martes 12 de junio", "es");
		assertThat(date.first()).isEqualTo(LocalDate.of(2017, 6, 12));
		assertThat(date.warningKey()).isEqualTo("date.weekday-mismatch");
	}

	@Test
	void readsNumericDatesDayFirstExceptWhereTheTextWritesThemMonthFirst() {
		assertThat(only("hasta el 04/05/2018", "es").first()).isEqualTo(LocalDate.of(2018, 5, 4));
		assertThat(only("hasta el 04/05/2018", "es").ambiguous()).isFalse();
		List<TemporalMention> american = tag("Due 06/14/2017; review 07/03/2017", "en");
		assertThat(american).extracting(TemporalMention::first).containsExactly(LocalDate.of(2017, 6, 14),
				LocalDate.of(2017, 7, 3));
		TemporalMention alone = only("review on 07/03/2017", "en");
		assertThat(alone.ambiguous()).as("nothing in the text says which order").isTrue();
		assertThat(alone.warningKey()).isEqualTo("date.day-month-order");
	}

	@Test
	void takesADayAndMonthInTheWeeksBeforeTheMeetingAsJustPastAndFlagsIt() {
		TemporalMention past = only("el 30 de mayo", "es");
		assertThat(past.first()).isEqualTo(LocalDate.of(2017, 5, 30));
		assertThat(past.warningKey()).isEqualTo("date.year-guessed");
		assertThat(only("el 30 de marzo", "es").first()).isEqualTo(LocalDate.of(2018, 3, 30));
	}

	@Test
	void readsTheWholeCellOfADateColumn() {
		LocalDate monday = LocalDate.of(2024, 6, 10);
		assertThat(tagger.tagCell("Sexta 14/06", monday, "pt")).get().extracting(TemporalMention::first)
			.isEqualTo(LocalDate.of(2024, 6, 14));
		assertThat(tagger.tagCell("12/04/2025", monday, "pt")).get().extracting(TemporalMention::first)
			.isEqualTo(LocalDate.of(2025, 4, 12));
		assertThat(tagger.tagCell("fin de mes", monday, "es")).get().extracting(TemporalMention::first)
			.isEqualTo(LocalDate.of(2024, 6, 30));
		assertThat(tagger.tagCell("2025", monday, "en")).get().extracting(TemporalMention::precision)
			.isEqualTo(DatePrecision.YEAR);
		assertThat(tagger.tagCell("Contínuo", monday, "pt")).isEmpty();
		TemporalMention two = tagger.tagCell("14/06 e 21/06", monday, "pt").orElseThrow();
		assertThat(List.of(two.first(), two.last())).containsExactly(LocalDate.of(2024, 6, 14), LocalDate.of(2024, 6, 21));
		assertThat(two.warningKey()).isEqualTo("date.several-in-cell");
	}

	@Test
	void readsAFractionOrANumberAsNoDateOutsideACell() {
		assertThat(tag("aprobado por 3/4 de los países, según el párrafo 12 y el PMM 2018", "es")).isEmpty();
		assertThat(tag("the States may decide; in March they met", "en")).extracting(TemporalMention::text)
			.containsExactly("March");
		assertThat(tag("no marco do acordo, em breve, o quanto antes", "pt")).isEmpty();
		assertThat(tag("las próximas semanas y los próximos meses", "es")).isEmpty();
		assertThat(tag("por la mañana", "es")).isEmpty();
	}

	@Test
	void givesPeriodsTheirPrecision() {
		assertThat(only("en el primer trimestre de 2018", "es").precision()).isEqualTo(DatePrecision.QUARTER);
		assertThat(only("1er semestre 2018", "fr").precision()).isEqualTo(DatePrecision.HALF);
		assertThat(only("la semana del 4 de diciembre", "es").precision()).isEqualTo(DatePrecision.WEEK);
		assertThat(only("en noviembre", "es").precision()).isEqualTo(DatePrecision.MONTH);
		assertThat(only("next year", "en").precision()).isEqualTo(DatePrecision.YEAR);
	}

	@Test
	void refusesALanguageItDoesNotKnow() {
		assertThatThrownBy(() -> tagger.tag("am 12. Juni", THURSDAY_8_JUNE_2017, "de"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	/**
	 * A day and month after a label of what comes next is that thing's day ("Próximo conteúdo: 05/07" in a weekly
	 * plan, meeting of 8 June 2017: 5 July); after another label ("Aula: 05/07") it may as well be a number, and stays
	 * unread.
	 */
	@Test
	void readsTheDayAfterALabelOfWhatComesNext() {
		assertThat(only("Próximo conteúdo: 05/07 -> Aula de Custom Actions", "pt").first()).isEqualTo(LocalDate.of(2017, 7, 5));
		assertThat(only("Próxima clase: 05/07, repaso del parcial", "es").first()).isEqualTo(LocalDate.of(2017, 7, 5));
		assertThat(only("Prochaine séance : 05/07 avec les parents", "fr").first()).isEqualTo(LocalDate.of(2017, 7, 5));
		assertThat(only("Next session: 14/07 on the release", "en").first()).isEqualTo(LocalDate.of(2017, 7, 14));
		assertThat(tag("Aula: 05/07 -> Custom Actions", "pt")).isEmpty();
	}

	/**
	 * Emphasis marks around a date do not cut it: "*Desfile sábado 17*" (WhatsApp bold) is Saturday the 17th (the next
	 * one after 8 June 2017: 17 June), not the coming Saturday alone.
	 */
	@Test
	void readsADateThatEmphasisMarksClose() {
		LocalDate saturday17 = LocalDate.of(2017, 6, 17);
		assertThat(only("*Desfile sábado 17* La salida será a las 19h", "es").first()).isEqualTo(saturday17);
		assertThat(only("The *parade on Saturday 17*, then the draw", "en").first()).isEqualTo(saturday17);
		assertThat(only("*Défilé samedi 17* à 19h", "fr").first()).isEqualTo(saturday17);
		assertThat(only("*Desfile sábado 17*, às 19h", "pt").first()).isEqualTo(saturday17);
	}
}

package org.puente.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DateExtractorTests {

	private static final LocalDate MEETING = LocalDate.of(2017, 6, 8);

	private static List<DateMention> dates(String text, String lang) {
		return DateExtractor.extract(text, MEETING, lang);
	}

	private static DateMention only(String text, String lang) {
		List<DateMention> found = dates(text, lang);
		assertThat(found).as(text).hasSize(1);
		return found.get(0);
	}

	@Test
	void resolvesWeekdayDateAgainstMeetingYear() {
		DateMention date = only("a más tardar el lunes 12 de junio", "es");
		assertThat(date.start()).isEqualTo(LocalDate.of(2017, 6, 12));
		assertThat(date.kind()).isEqualTo(DateKind.DEADLINE);
		assertThat(date.warning()).isNull();
	}

	@Test
	void warnsWhenTheWeekdayDoesNotMatchTheDate() {
		DateMention date = only("el martes 12 de junio", "es");
		assertThat(date.start()).isEqualTo(LocalDate.of(2017, 6, 12));
		assertThat(date.warning()).contains("Monday");
	}

	@Test
	void placesADayBeforeTheMeetingInTheNextYear() {
		assertThat(only("el 30 de marzo", "es").start()).isEqualTo(LocalDate.of(2018, 3, 30));
		assertThat(only("el 30 de marzo de 2017", "es").start()).isEqualTo(LocalDate.of(2017, 3, 30));
	}

	@Test
	void readsRangesInThreeLanguages() {
		assertThat(only("the meeting on May 3–5", "en").end()).isEqualTo(LocalDate.of(2018, 5, 5));
		assertThat(only("3-5 May 2018", "en").start()).isEqualTo(LocalDate.of(2018, 5, 3));
		assertThat(only("de 3 a 5 de maio", "pt").start()).isEqualTo(LocalDate.of(2018, 5, 3));
		DateMention crossing = only("del 30 de agosto al 1 de septiembre", "es");
		assertThat(List.of(crossing.start(), crossing.end())).containsExactly(LocalDate.of(2017, 8, 30),
				LocalDate.of(2017, 9, 1));
	}

	@Test
	void readsVagueAndRelativeExpressionsWithTheirPrecision() {
		assertThat(only("a finales de este año", "es").precision()).isEqualTo(DatePrecision.PERIOD);
		assertThat(only("la primera semana de diciembre", "es").end()).isEqualTo(LocalDate.of(2017, 12, 7));
		assertThat(only("el próximo lunes", "es").start()).isEqualTo(LocalDate.of(2017, 6, 12));
		assertThat(only("dentro de dos semanas", "es").start()).isEqualTo(LocalDate.of(2017, 6, 22));
		assertThat(only("mañana", "es").start()).isEqualTo(LocalDate.of(2017, 6, 9));
		assertThat(only("in November", "en").precision()).isEqualTo(DatePrecision.MONTH);
	}

	@Test
	void readsNumericDatesDayFirstOutsideEnglish() {
		assertThat(only("hasta el 12/06/2017", "es").start()).isEqualTo(LocalDate.of(2017, 6, 12));
		assertThat(only("by 06/12/2017", "en").start()).isEqualTo(LocalDate.of(2017, 6, 12));
	}

	@Test
	void ignoresNumbersThatAreNotDates() {
		assertThat(dates("para la sesión temática número tres, según el párrafo anterior, y el PMM 2018", "es")).isEmpty();
		assertThat(dates("en el marco de la CAM, 3 de los 11 países", "es")).isEmpty();
		assertThat(dates("the States may decide", "en")).isEmpty();
	}
}

package org.puente.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.puente.i18n.DatePrecision;

import static org.assertj.core.api.Assertions.assertThat;

/** How a timed meeting's dates read on its page, in mails and in the .ics description. */
class MeetingWhenTests {

	private static String exact(String from, String to, Locale locale) {
		return exact(from, to, null, locale);
	}

	private static String exact(String from, String to, @Nullable String reader, Locale locale) {
		LocalDateTime start = LocalDateTime.parse(from);
		LocalDateTime end = LocalDateTime.parse(to);
		return MeetingWhen.describe(DatePrecision.EXACT, start.toLocalDate(), end.toLocalDate(), start, end,
				"America/Panama", reader == null ? null : ZoneId.of(reader), locale);
	}

	@Test
	void aReaderElsewhereReadsTheTimeWhereSheIsAndTheMeetingsOwnBeside() {
		// walk 10 #7: a delegate in Buenos Aires had to work out alone that 09:30 in Panama is 11:30 at home
		assertThat(exact("2027-03-10T09:30", "2027-03-11T17:00", "America/Argentina/Buenos_Aires",
				Locale.forLanguageTag("es")))
			.isEqualTo("10 de marzo de 2027, 11:30 – 11 de marzo de 2027, 19:00 (hora de Buenos Aires, UTC−3); "
					+ "09:30 – 17:00 (hora de Panamá, UTC−5)");
		assertThat(exact("2027-03-10T09:30", "2027-03-10T12:30", "America/Sao_Paulo", Locale.forLanguageTag("pt")))
			.isEqualTo("10 de março de 2027, 11:30–14:30 (Horário São Paulo, UTC−3); 09:30–12:30 (Horário Panamá, UTC−5)");
		// in Geneva an afternoon meeting in Panama ends the next day: both days are written out
		assertThat(exact("2027-03-10T14:00", "2027-03-10T19:00", "Europe/Zurich", Locale.FRENCH))
			.isEqualTo("10 mars 2027, 20:00 – 11 mars 2027, 01:00 (heure : Suisse, UTC+1); "
					+ "10 mars 2027, 14:00–19:00 (heure : Panama, UTC−5)");
	}

	@Test
	void aReaderWhoseClockShowsTheSameTimeReadsItOnce() {
		// Bogotá keeps Panama's offset all year: "10:00 in Bogotá; 10:00 in Panama" says nothing more
		assertThat(exact("2017-10-03T10:00", "2017-10-03T12:30", "America/Bogota", Locale.ENGLISH))
			.isEqualTo("3 October 2017, 10:00–12:30 (Panama Time, UTC−5)");
		assertThat(exact("2017-10-03T10:00", "2017-10-03T12:30", "America/Panama", Locale.ENGLISH))
			.isEqualTo(exact("2017-10-03T10:00", "2017-10-03T12:30", Locale.ENGLISH));
	}

	@Test
	void aMeetingOverSeveralDaysSaysWhenItStartsAndWhenItEnds() {
		// seen in the walk-through: "12–14 de marzo de 2027, 09:00–13:00" for a meeting the .ics holds from Friday
		// 09:00 to Sunday 13:00, read by people as four hours a day
		assertThat(exact("2027-03-12T09:00", "2027-03-14T13:00", Locale.forLanguageTag("es")))
			.isEqualTo("12 de marzo de 2027, 09:00 – 14 de marzo de 2027, 13:00 (hora de Panamá, UTC−5)");
		assertThat(exact("2027-03-12T09:00", "2027-03-14T13:00", Locale.ENGLISH))
			.isEqualTo("12 March 2027, 09:00 – 14 March 2027, 13:00 (Panama Time, UTC−5)");
	}

	@Test
	void aMeetingWithinOneDayKeepsItsShortForm() {
		assertThat(exact("2017-10-03T10:00", "2017-10-03T12:30", Locale.FRENCH))
			.isEqualTo("3 octobre 2017, 10:00–12:30 (heure : Panama, UTC−5)");
	}
}

package org.puente.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.puente.i18n.DatePrecision;

import static org.assertj.core.api.Assertions.assertThat;

/** How a timed meeting's dates read on its page, in mails and in the .ics description. */
class MeetingWhenTests {

	private static String exact(String from, String to, Locale locale) {
		LocalDateTime start = LocalDateTime.parse(from);
		LocalDateTime end = LocalDateTime.parse(to);
		return MeetingWhen.describe(DatePrecision.EXACT, start.toLocalDate(), end.toLocalDate(), start, end,
				"America/Panama", locale);
	}

	@Test
	void aMeetingOverSeveralDaysSaysWhenItStartsAndWhenItEnds() {
		// seen in the walk-through: "12–14 de marzo de 2027, 09:00–13:00" for a meeting the .ics holds from Friday
		// 09:00 to Sunday 13:00, read by people as four hours a day
		assertThat(exact("2027-03-12T09:00", "2027-03-14T13:00", Locale.forLanguageTag("es")))
			.isEqualTo("12 de marzo de 2027, 09:00 – 14 de marzo de 2027, 13:00 (America/Panama)");
		assertThat(exact("2027-03-12T09:00", "2027-03-14T13:00", Locale.ENGLISH))
			.isEqualTo("12 March 2027, 09:00 – 14 March 2027, 13:00 (America/Panama)");
	}

	@Test
	void aMeetingWithinOneDayKeepsItsShortForm() {
		assertThat(exact("2017-10-03T10:00", "2017-10-03T12:30", Locale.FRENCH))
			.isEqualTo("3 octobre 2017, 10:00–12:30 (America/Panama)");
	}
}

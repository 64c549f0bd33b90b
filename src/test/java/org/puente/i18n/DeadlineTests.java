package org.puente.i18n;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one rule for a deadline day, at a fixed clock around midnight: "until 15 March 2018" takes what arrives until
 * 12:00 UTC on the 16th (the end of the 15th in UTC−12), whatever zone the clock is set in — also after midnight in
 * Panama, where nomination and amendment rounds used to close — and is shown with its hour and zone in four languages.
 */
class DeadlineTests {

	static final LocalDate DAY = LocalDate.of(2018, 3, 15);

	@Test
	void theDayIsOverOnlyWhenItHasEndedEverywhere() {
		for (ZoneId zone : List.of(ZoneOffset.UTC, ZoneId.of("America/Panama"), ZoneId.of("Pacific/Kiritimati"))) {
			for (String at : List.of("2018-03-15T23:59:59Z", "2018-03-16T05:00:00Z", "2018-03-16T11:59:59Z")) {
				Clock clock = Clock.fixed(Instant.parse(at), zone);
				assertThat(Deadline.today(clock)).as(at + " in " + zone).isEqualTo(DAY);
				assertThat(Deadline.isOver(DAY, clock.instant())).as(at + " in " + zone).isFalse();
			}
			Clock noon = Clock.fixed(Instant.parse("2018-03-16T12:00:00Z"), zone);
			assertThat(Deadline.today(noon)).isEqualTo(DAY.plusDays(1));
			assertThat(Deadline.isOver(DAY, noon.instant())).isTrue();
		}
		assertThat(Deadline.closesAt(DAY)).isEqualTo(Instant.parse("2018-03-16T12:00:00Z"));
		assertThat(Deadline.lastDay(Deadline.closesAt(DAY))).isEqualTo(DAY);
	}

	@Test
	void theDayIsShownWithItsLastMinuteAndZoneInEachLanguage() {
		assertThat(Deadline.shown(DAY, Locale.forLanguageTag("es"))).isEqualTo("15 mar 2018, 23:59 (UTC−12)");
		assertThat(Deadline.shownLong(DAY, Locale.forLanguageTag("es")))
			.isEqualTo("15 de marzo de 2018, 23:59 (UTC−12)");
		assertThat(Deadline.shownLong(DAY, Locale.forLanguageTag("pt"))).isEqualTo("15 de março de 2018, 23:59 (UTC−12)");
		assertThat(Deadline.shownLong(DAY, Locale.forLanguageTag("fr"))).isEqualTo("15 mars 2018, 23:59 (UTC−12)");
		assertThat(Deadline.shownLong(DAY, Locale.forLanguageTag("en"))).startsWith("March 15, 2018, 11:59")
			.endsWith("PM (UTC−12)");
	}
}

package org.puente.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.puente.refusal.RefusedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The meeting's own rules, without Spring. */
class MeetingTests {

	static final Locale ES = Locale.forLanguageTag("es");

	@Test
	void refusesAnEndBeforeTheStart() {
		assertThatThrownBy(() -> MeetingDates.days(LocalDate.of(2017, 9, 27), LocalDate.of(2017, 9, 26)))
			.isInstanceOf(RefusedException.class)
			.hasMessage("meetings.dates.endBeforeStart");
		assertThatThrownBy(() -> onJune8(10, 9, "America/Panama")).hasMessage("meetings.dates.endBeforeStart");
	}

	@Test
	void refusesATimeZoneOutsideTheIanaDatabase() {
		assertThatThrownBy(() -> onJune8(9, 10, "America/Atlantis")).hasMessage("meetings.dates.unknownTimeZone");
		assertThatThrownBy(() -> onJune8(9, 10, "-05:00")).hasMessage("meetings.dates.unknownTimeZone");
	}

	/** 8 June 2017 from one hour to another, in a time zone. */
	private static MeetingDates onJune8(int fromHour, int toHour, String zone) {
		return MeetingDates.exact(LocalDateTime.of(2017, 6, 8, fromHour, 0), LocalDateTime.of(2017, 6, 8, toHour, 0),
				zone);
	}

	@Test
	void spreadsAWeekFromMondayToSundayAndAMonthOverAllItsDays() {
		MeetingDates week = MeetingDates.week(LocalDate.of(2017, 12, 6));
		assertThat(week.startDate()).isEqualTo(LocalDate.of(2017, 12, 4));
		assertThat(week.endDate()).isEqualTo(LocalDate.of(2017, 12, 10));
		MeetingDates month = MeetingDates.month(YearMonth.of(2017, 11));
		assertThat(month.startDate()).isEqualTo(LocalDate.of(2017, 11, 1));
		assertThat(month.endDate()).isEqualTo(LocalDate.of(2017, 11, 30));
	}

	@Test
	void writesTheDatesAsPreciselyAsTheyAreKnownInEachLanguage() {
		assertThat(summary(MeetingDates.days(LocalDate.of(2017, 6, 8), null)).when(ES)).isEqualTo("8 de junio de 2017");
		assertThat(summary(MeetingDates.month(YearMonth.of(2017, 11))).when(ES)).isEqualTo("noviembre de 2017");
		assertThat(summary(MeetingDates.week(LocalDate.of(2017, 12, 4))).when(ES))
			.isEqualTo("semana del 4 de diciembre de 2017");
		assertThat(summary(MeetingDates.days(LocalDate.of(2017, 9, 26), LocalDate.of(2017, 9, 27))).when(ES))
			.isEqualTo("26–27 de septiembre de 2017");
		assertThat(summary(MeetingDates.days(LocalDate.of(2017, 9, 26), LocalDate.of(2017, 9, 27)))
			.when(Locale.ENGLISH)).isEqualTo("26–27 September 2017");
		assertThat(summary(MeetingDates.week(LocalDate.of(2017, 12, 4))).when(Locale.FRENCH))
			.isEqualTo("semaine du 4 décembre 2017");
		assertThat(summary(onJune8(9, 17, "America/Panama")).when(ES))
			.isEqualTo("8 de junio de 2017, 09:00–17:00 (hora de Panamá, UTC−5)");
	}

	@Test
	void raisesTheSequenceOnEveryChangeAndSaysWhatChanged() {
		Meeting m = new Meeting("Plenaria", MeetingKind.PLENARY, MeetingDates.days(LocalDate.of(2017, 9, 26),
				LocalDate.of(2017, 9, 27)));
		MeetingSnapshot before = m.snapshot();
		assertThat(m.changesSince(before)).isEmpty();
		assertThat(m.getSequence()).isZero();

		m.reschedule(MeetingDates.days(LocalDate.of(2017, 9, 27), LocalDate.of(2017, 9, 28)));
		m.moveTo(new MeetingPlace("Panamá", "PA", null, null));
		assertThat(m.changesSince(before)).containsExactlyInAnyOrder(MeetingChange.DATES, MeetingChange.PLACE);
		assertThat(m.getSequence()).isEqualTo(1);

		MeetingSnapshot second = m.snapshot();
		m.setAgenda("Insumos bi-regionales");
		assertThat(m.changesSince(second)).containsExactly(MeetingChange.DETAILS);
		assertThat(m.getSequence()).isEqualTo(2);
	}

	@Test
	void refusesToCancelTwiceOrToHoldACancelledMeeting() {
		Meeting m = new Meeting("Troikas", MeetingKind.TROIKA_MEETING, MeetingDates.days(LocalDate.of(2017, 8, 30),
				LocalDate.of(2017, 8, 31)));
		m.cancel();
		assertThat(m.getStatus()).isEqualTo(MeetingStatus.CANCELLED);
		assertThatThrownBy(m::cancel).hasMessage("meetings.cancel.already");
		assertThatThrownBy(() -> m.markHeld(LocalDate.of(2017, 9, 1))).hasMessage("meetings.held.cancelled");
	}

	@Test
	void refusesToMarkAsHeldAMeetingThatHasNotStarted() {
		Meeting m = new Meeting("Plenaria", MeetingKind.PLENARY, MeetingDates.days(LocalDate.of(2017, 9, 26), null));
		assertThatThrownBy(() -> m.markHeld(LocalDate.of(2017, 9, 25))).hasMessage("meetings.held.notYet");
		m.markHeld(LocalDate.of(2017, 9, 26));
		assertThat(m.getStatus()).isEqualTo(MeetingStatus.HELD);
		assertThatThrownBy(m::cancel).hasMessage("meetings.cancel.held");
	}

	/** How a meeting's status reads depends on the day it is read, which the pages take from the application's clock. */
	@Test
	void readsAsHeldOrNotHeldOnlyFromTheDayAfterItsLastDay() {
		Meeting m = new Meeting("Plenaria", MeetingKind.PLENARY, MeetingDates.days(LocalDate.of(2017, 9, 26),
				LocalDate.of(2017, 9, 27)));
		LocalDate lastDay = LocalDate.of(2017, 9, 27);
		assertThat(m.summary().shownStatus(lastDay)).isEqualTo("TENTATIVE");
		assertThat(m.summary().isPast(lastDay)).isFalse();
		assertThat(m.summary().shownStatus(lastDay.plusDays(1))).isEqualTo("NOT_HELD");
		assertThat(m.summary().isPast(lastDay.plusDays(1))).isTrue();
		m.changeStatus(MeetingStatus.CONFIRMED, LocalDate.of(2017, 9, 1));
		assertThat(m.summary().shownStatus(lastDay)).isEqualTo("CONFIRMED");
		assertThat(m.summary().shownStatus(lastDay.plusDays(1))).isEqualTo("HELD");
		assertThatThrownBy(() -> m.changeStatus(MeetingStatus.HELD, LocalDate.of(2017, 9, 25)))
			.hasMessage("meetings.held.notYet");
		m.changeStatus(MeetingStatus.HELD, LocalDate.of(2017, 9, 26));
		assertThat(m.getStatus()).isEqualTo(MeetingStatus.HELD);
	}

	@Test
	void keepsTheSameUidWhateverChanges() {
		Meeting m = new Meeting("Plenaria", MeetingKind.PLENARY, MeetingDates.days(LocalDate.of(2017, 9, 26), null));
		String uid = m.getUid();
		m.retitle("Consulta plenaria", "Plenary consultation", null, null);
		m.reschedule(MeetingDates.month(YearMonth.of(2017, 10)));
		assertThat(m.getUid()).isEqualTo(uid).endsWith("@puente");
		assertThat(m.title(Locale.ENGLISH)).isEqualTo("Plenary consultation");
		assertThat(m.title(Locale.FRENCH)).isEqualTo("Consulta plenaria");
	}

	private static MeetingSummary summary(MeetingDates dates) {
		return new Meeting("X", MeetingKind.PLENARY, dates).summary();
	}
}

package org.puente.drafting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.i18n.Deadline;
import org.puente.refusal.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An amendment round "until day D" takes proposals until D has ended everywhere ({@link Deadline}), as consultations
 * and nomination rounds do: after midnight in Panama — where rounds used to close — it is still open; at the end of
 * D in UTC−12 it is closed. Read at a fixed clock around midnight.
 */
@PuenteTest
class RoundDeadlineClockTests extends DraftingTestSupport {

	@Autowired
	TextRepository texts;

	@Autowired
	RoundRepository roundRows;

	@Autowired
	DraftingPolicy policy;

	@Autowired
	ApplicationEventPublisher events;

	Rounds at(Instant instant) {
		return new Rounds(texts, roundRows, policy, events, Clock.fixed(instant, ZoneId.of("America/Panama")));
	}

	@Test
	void aRoundIsOpenUntilItsLastDayHasEndedEverywhere() {
		AmendmentRound round = rounds.current(text).orElseThrow();
		LocalDate lastDay = rounds.lastDay(round);
		assertThat(lastDay).isEqualTo(LocalDate.now().plusDays(7)); // as DraftingTestSupport opened it
		assertThat(round.getClosesAt()).isEqualTo(lastDay.plusDays(1).atTime(12, 0).toInstant(java.time.ZoneOffset.UTC));

		Instant afterPanamaMidnight = lastDay.plusDays(1).atTime(6, 30).toInstant(java.time.ZoneOffset.UTC);
		DraftText draft = texts.findById(text).orElseThrow();
		assertThat(at(afterPanamaMidnight).admit(draft).late()).isFalse();
		assertThat(at(round.getClosesAt().minusSeconds(1)).admit(draft).late()).isFalse();
		assertThatThrownBy(() -> at(round.getClosesAt()).admit(draft)).isInstanceOf(RefusedException.class)
			.satisfies(ex -> assertThat(((RefusedException) ex).messageKey()).isEqualTo("drafting.round.closed"));
	}
}

package org.puente.experts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.directory.Directory;
import org.puente.i18n.Deadline;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A nomination round closes when its deadline day has ended everywhere ({@link Deadline}), like a consultation:
 * after midnight in Panama — where rounds used to close — a proposal is still taken, and at the end of the day in
 * UTC−12 it is refused, whatever zone the application's clock is set in.
 */
@PuenteTest
class NominationDeadlineClockTests extends ExpertsTestSupport {

	static final ZoneId PANAMA = ZoneId.of("America/Panama");

	@Autowired
	NominationRoundRepository roundRows;

	@Autowired
	NominationRepository nominationRows;

	@Autowired
	NominationRefusalRepository refusalRows;

	@Autowired
	ExpertRepository expertRows;

	@Autowired
	RefusalLog refusalLog;

	@Autowired
	Directory directory;

	@Autowired
	ExpertReference areas;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	Nominations at(String instant) {
		return new Nominations(roundRows, nominationRows, refusalRows, expertRows, refusalLog, directory, areas, events,
				Clock.fixed(Instant.parse(instant), PANAMA));
	}

	@Test
	void aRoundTakesProposalsUntilItsDayHasEndedEverywhere() {
		LocalDate deadline = LocalDate.of(2031, 5, 20);
		UUID round = openRound(deadline);
		// 01:30 in Panama on the 21st: the 20th is not over everywhere yet
		Nominations afterPanamaMidnight = at("2031-05-21T06:30:00Z");
		assertThat(afterPanamaMidnight.today()).isEqualTo(deadline);
		UUID onTime = expert("CL");
		transactions.executeWithoutResult(tx -> afterPanamaMidnight.propose(round,
				new Nominations.Proposal(4, "CSM", "CL", onTime), account("fp-chile")));
		assertThat(afterPanamaMidnight.rounds()).filteredOn(r -> r.id().equals(round))
			.singleElement().satisfies(r -> assertThat(r.open()).isTrue());

		Nominations dayOver = at("2031-05-21T12:00:00Z");
		UUID late = expert("CL");
		refused(() -> transactions.executeWithoutResult(tx -> dayOver.propose(round,
				new Nominations.Proposal(5, "CSM", "CL", late), account("fp-chile"))), "experts.refused.deadline");
		assertThat(dayOver.rounds()).filteredOn(r -> r.id().equals(round))
			.singleElement().satisfies(r -> assertThat(r.open()).isFalse());
	}
}

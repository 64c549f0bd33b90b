package org.puente.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.accounts.Accounts;
import org.puente.directory.Conference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Reminders go out once per person and meeting, whichever node runs them. */
@PuenteTest
class MeetingNoticesTests {

	@Autowired
	MeetingManagement management;

	@Autowired
	MeetingReminders reminders;

	@Autowired
	SubscriptionRepository subscriptions;

	@Autowired
	Accounts accounts;


	@Autowired
	Meetings meetings;

	@Autowired
	TransactionTemplate transactions;

	UUID schedule(String title, LocalDate start, MeetingVisibility visibility) {
		return transactions.execute(tx -> {
			Meeting m = new Meeting(title, MeetingKind.WORKING_MEETING, MeetingDates.days(start, start.plusDays(1)));
			m.setProcesses(Set.of(Conference.CSM));
			m.setVisibility(visibility);
			m.moveTo(new MeetingPlace("Santiago", "CL", "Cancillería de Chile", null));
			return management.record(m);
		});
	}

	@Test
	void remindsASubscriberOnceTheDaysTheyChoseBeforeTheMeeting() {
		LocalDate today = LocalDate.now();
		UUID id = schedule("Reunión de seguimiento de insumos", today.plusDays(3), MeetingVisibility.PUBLIC);
		var chile = accounts.byUsername("fp-chile").orElseThrow();
		subscriptions.subscribe(chile.id(), id, 3);

		// the mail itself is checked in MeetingBrowserTests; here: due on the right day, claimed once
		assertThat(subscriptions.due(today.minusDays(1))).noneMatch(d -> d.meetingId().equals(id));
		assertThat(subscriptions.due(today)).anyMatch(d -> d.meetingId().equals(id) && d.accountId().equals(chile.id()));
		reminders.sendDue(today);
		assertThat(subscriptions.due(today)).noneMatch(d -> d.meetingId().equals(id));
		assertThat(reminders.sendDue(today)).isZero();
	}

	@Test
	void listsUpcomingPublicMeetingsForTheHomePage() {
		UUID id = schedule("Reunión pública próxima", LocalDate.now().plusDays(10), MeetingVisibility.PUBLIC);
		UUID reserved = schedule("Reunión reservada próxima", LocalDate.now().plusDays(5), MeetingVisibility.RESERVED);
		List<MeetingSummary> upcoming = meetings.upcoming(50, Optional.empty());
		assertThat(upcoming).extracting(MeetingSummary::id).contains(id).doesNotContain(reserved);
		assertThat(meetings.upcoming(50, accounts.byUsername("st-csm"))).extracting(MeetingSummary::id)
			.contains(id, reserved);
	}
}

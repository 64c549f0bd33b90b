package org.puente.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.puente.PuenteTest;
import org.puente.TestMail;
import org.puente.accounts.Accounts;
import org.puente.directory.Conference;
import org.puente.i18n.DateFormats;
import org.puente.i18n.DatePrecision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting at an exact time stored without a zone (older rows, imports) is written in every mail with the zone
 * its times are read in — the server's, as on the pages — never "(null)"; one with a zone keeps its own.
 */
@PuenteTest
class MeetingMailTimesTests {

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	@Autowired
	MeetingManagement management;

	@Autowired
	MeetingNotices notices;

	@Autowired
	MeetingReminders reminders;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	SubscriptionRepository subscriptions;

	@Autowired
	Accounts accounts;

	@Autowired
	TransactionTemplate transactions;

	UUID timed(String title, LocalDate day, String zone) {
		return transactions.execute(tx -> {
			Meeting m = new Meeting(title, MeetingKind.WORKING_MEETING, new MeetingDates(DatePrecision.EXACT, day, day,
					day.atTime(9, 0), day.atTime(11, 30), zone));
			m.setProcesses(Set.of(Conference.CSM));
			m.setParticipantCountries(Set.of("CL"));
			m.moveTo(new MeetingPlace("Santiago", "CL", "Cancillería de Chile", null));
			return management.record(m);
		});
	}

	List<String> bodiesAbout(String title) throws Exception {
		greenMail.waitForIncomingEmail(10_000, 1);
		List<String> bodies = new java.util.ArrayList<>();
		for (MimeMessage message : greenMail.getReceivedMessages()) {
			if (message.getSubject().contains(title)) {
				bodies.add(MeetingBrowserTests.textPart(message));
			}
		}
		return bodies;
	}

	@Test
	void aChangeNoticeOfATimeWithoutZoneNamesTheServersZone() throws Exception {
		String title = "Reunión a hora fija sin zona";
		UUID id = timed(title, LocalDate.now().plusDays(20), null);
		assertThat(notices.notify(meetings.findById(id).orElseThrow(), false, null)).isPositive();

		List<String> bodies = bodiesAbout(title);
		assertThat(bodies).isNotEmpty().allSatisfy(body -> assertThat(body)
			.contains("09:00–11:30 (" + DateFormats.zoneName() + ")").doesNotContain("null"));
	}

	@Test
	void aReminderOfATimeWithoutZoneNamesTheServersZoneAndOneWithAZoneKeepsIt() throws Exception {
		LocalDate today = LocalDate.now();
		String bare = "Recordatorio a hora fija sin zona";
		String zoned = "Recordatorio a hora fija en Santiago";
		UUID withoutZone = timed(bare, today.plusDays(3), null);
		UUID withZone = timed(zoned, today.plusDays(3), "America/Santiago");
		var chile = accounts.byUsername("fp-chile").orElseThrow();
		subscriptions.subscribe(chile.id(), withoutZone, 3);
		subscriptions.subscribe(chile.id(), withZone, 3);
		reminders.sendDue(today);

		assertThat(bodiesAbout(bare)).isNotEmpty().allSatisfy(body -> assertThat(body)
			.contains("09:00–11:30 (" + DateFormats.zoneName() + ")").doesNotContain("null"));
		// Chile's focal point reads a meeting in Santiago once, in its zone named in Spanish
		assertThat(bodiesAbout(zoned)).isNotEmpty().allSatisfy(body -> assertThat(body)
			.containsPattern("09:00–11:30 \\(hora de Chile, UTC−[34]\\)").doesNotContain("; 09:00"));
	}
}

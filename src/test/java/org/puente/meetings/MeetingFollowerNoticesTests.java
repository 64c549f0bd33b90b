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
import org.puente.WebTestSupport;
import org.puente.accounts.Accounts;
import org.puente.directory.Conference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An account that follows a meeting it is not invited to (IOM's observer, following a CSM meeting) is told of its
 * changes and reminded of it because it follows it: each such mail says so and carries a one-click unsubscribe (RFC
 * 8058) that stops following that meeting — and nothing else — without signing in; the page it opens, in the mail's
 * language, undoes it with the reminder it had. The other copies of the same notice (the organising secretariat, the
 * participating country's focal point) stop meeting notices instead. A changed link is unknown (404).
 */
@PuenteTest
class MeetingFollowerNoticesTests extends WebTestSupport {

	private static final String OBSERVER = "observador.oim@demo.puente.example";

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	@Autowired
	MeetingManagement management;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	MeetingNotices notices;

	@Autowired
	MeetingReminders reminders;

	@Autowired
	SubscriptionRepository subscriptions;

	@Autowired
	Accounts accounts;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFollowersNoticeAndReminderStopFollowingThatMeetingInOneClickAndThePageUndoesIt() throws Exception {
		String title = "Seguimiento CSM con observador " + UUID.randomUUID().toString().substring(0, 6);
		LocalDate start = LocalDate.now().plusDays(3);
		UUID meeting = schedule(title, start);
		UUID observer = accounts.byUsername("observer-oim").orElseThrow().id();
		mvc.perform(post("/meetings/" + meeting + "/subscription").param("reminderDays", "3").with(as("observer-oim"))
			.with(csrf())).andExpect(status().is3xxRedirection());

		tell(meeting);
		List<MimeMessage> told = TestMail.awaitAbout(greenMail, title, 3);
		MimeMessage followed = TestMail.to(told, OBSERVER);
		// it says why (the observer reads English) and its "Unsubscribe" stops following this meeting
		assertThat(TestMail.textPart(followed)).contains("because you follow this meeting")
			.contains("with your mail program’s “Unsubscribe”");
		String link = TestMail.unsubscribePath(followed);
		assertThat(link).isEqualTo("/unsubscribe/meeting/" + observer + "/" + meeting + "/"
				+ link.substring(link.lastIndexOf('/') + 1, link.indexOf('?')) + "?lang=en");
		// every other copy of the notice is stoppable too: theirs switches meeting notices off
		assertThat(told).filteredOn(m -> !TestMail.recipient(m).equals(OBSERVER)).isNotEmpty()
			.allSatisfy(m -> assertThat(TestMail.unsubscribePath(m)).startsWith("/unsubscribe/meeting-notices/"));

		// opening the link only asks, in the mail's language
		mvc.perform(get(link)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Stop receiving the notices of the meeting “" + title + "”?")))
			.andExpect(content().string(containsString("because you follow the meeting")));
		assertThat(subscriptions.find(observer, meeting)).isPresent();
		// the mail program's one-click POST (RFC 8058): no session, no CSRF token
		String path = link.substring(0, link.indexOf('?'));
		mvc.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
			.andExpect(status().isOk());
		assertThat(subscriptions.find(observer, meeting)).isEmpty();
		assertThat(jdbc.queryForList("select actor || ' ' || summary from audit_entry where entity_type = "
				+ "'meeting_follower' and entity_id = ? order by id desc limit 1", String.class, meeting.toString()))
			.containsExactly("observer-oim Stops following meeting " + title);
		greenMail.reset();
		tell(meeting);
		assertThat(TestMail.awaitAbout(greenMail, title, 2)).extracting(TestMail::recipient).doesNotContain(OBSERVER);

		// followed again, a person's click on the page says what stopped, and its undo restores the reminder too
		mvc.perform(post("/meetings/" + meeting + "/subscription").param("reminderDays", "3").with(as("observer-oim"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post(path).header("Accept-Language", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("You no longer follow the meeting “" + title + "”.")))
			.andExpect(content().string(containsString("name=\"restore\" value=\"3\"")));
		assertThat(subscriptions.find(observer, meeting)).isEmpty();
		mvc.perform(post(path).param("again", "true").param("restore", "3").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Done: you will receive the notices of the meeting")));
		assertThat(subscriptions.find(observer, meeting))
			.hasValueSatisfying(s -> assertThat(s.reminderDays()).isEqualTo(3));

		// the reminder, sent only to followers, says so and stops following the meeting too
		greenMail.reset();
		reminders.sendDue(LocalDate.now());
		MimeMessage reminder = TestMail.to(TestMail.awaitAbout(greenMail, title, 1), OBSERVER);
		assertThat(TestMail.textPart(reminder)).contains("because you follow this meeting");
		assertThat(TestMail.unsubscribePath(reminder)).isEqualTo(link);

		// its cancellation too, every copy
		greenMail.reset();
		transactions.executeWithoutResult(tx -> notices.notify(meetings.findById(meeting).orElseThrow(), true, null));
		assertThat(TestMail.awaitAbout(greenMail, title, 3))
			.allSatisfy(m -> assertThat(TestMail.unsubscribePath(m)).startsWith("/unsubscribe/meeting"))
			.anySatisfy(m -> assertThat(TestMail.unsubscribePath(m)).isEqualTo(link));
	}

	@Test
	void aChangedLinkIsUnknownAndStopsNothing() throws Exception {
		UUID meeting = schedule("Enlace alterado " + UUID.randomUUID().toString().substring(0, 6), LocalDate.now().plusDays(20));
		UUID other = schedule("Otra reunión " + UUID.randomUUID().toString().substring(0, 6), LocalDate.now().plusDays(21));
		UUID observer = accounts.byUsername("observer-oim").orElseThrow().id();
		UUID chile = accounts.byUsername("fp-chile").orElseThrow().id();
		subscriptions.subscribe(observer, meeting, null);
		String address = links.address(links.unfollow("meeting", observer, meeting), null);
		String path = address.substring(address.indexOf("/unsubscribe/"));
		String signature = path.substring(path.lastIndexOf('/') + 1);
		for (String changed : List.of("/unsubscribe/meeting/" + observer + "/" + other + "/" + signature,
				"/unsubscribe/meeting/" + chile + "/" + meeting + "/" + signature,
				"/unsubscribe/agreement/" + observer + "/" + meeting + "/" + signature,
				"/unsubscribe/meeting/" + observer + "/" + meeting + "/" + signature.substring(1),
				"/unsubscribe/meeting/" + observer + "/not-a-meeting/" + signature,
				"/unsubscribe/news/" + observer + "/" + meeting + "/" + signature)) {
			mvc.perform(post(changed)).andExpect(status().isNotFound())
				.andExpect(content().string(containsString("Esta dirección para darse de baja no existe.")));
			mvc.perform(get(changed)).andExpect(status().isNotFound());
		}
		assertThat(subscriptions.find(observer, meeting)).isPresent();
		mvc.perform(get(path)).andExpect(status().isOk());
	}

	@Autowired
	org.puente.accounts.UnsubscribeLinks links;

	private UUID schedule(String title, LocalDate start) {
		return transactions.execute(tx -> {
			Meeting m = new Meeting(title, MeetingKind.WORKING_MEETING, MeetingDates.days(start, start.plusDays(1)));
			m.setProcesses(Set.of(Conference.CSM));
			m.setParticipantCountries(Set.of("CL"));
			m.setVisibility(MeetingVisibility.PUBLIC);
			m.moveTo(new MeetingPlace("Santiago", "CL", "Cancillería de Chile", null));
			return management.record(m);
		});
	}

	/** The meeting's change notice, as after a committed change. */
	private void tell(UUID meeting) {
		transactions.executeWithoutResult(tx -> notices.notify(meetings.findById(meeting).orElseThrow(), false, null));
	}
}

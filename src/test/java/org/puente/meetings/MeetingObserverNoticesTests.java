package org.puente.meetings;

import java.time.LocalDate;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.puente.PageContent;
import org.puente.PuenteTest;
import org.puente.TestMail;
import org.puente.WebTestSupport;
import org.puente.directory.Directory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.meetings.PostedMeetingForm.meeting;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An observer organisation invited to a meeting hears of it as the invited countries do: its observers' accounts get
 * the invitation in their own language (IOM's demo observer reads English), unless they switched these notices off on
 * their profile — audited, and switched on again.
 */
@PuenteTest
class MeetingObserverNoticesTests extends WebTestSupport {

	private static final String OBSERVER = "observador.oim@demo.puente.example";

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anInvitedOrganisationsObserverIsToldInTheirLanguageUnlessTheySwitchedItOff() throws Exception {
		String iom = directory.organisation("IOM").orElseThrow().id().toString();
		String title = "Taller con la OIM sobre retorno asistido";
		invite(title, iom);
		assertThat(greenMail.waitForIncomingEmail(20_000, 2)).isTrue();
		Thread.sleep(500); // the notices go one by one after the commit: let the last one arrive
		MimeMessage told = about(title).stream().filter(m -> to(m).equals(OBSERVER)).findFirst().orElseThrow();
		assertThat(MeetingBrowserTests.textPart(told)).contains("your organisation is invited to the meeting")
			.contains("you can stop these notices on your profile");
		assertThat(MeetingBrowserTests.calendarPart(told)).contains("METHOD:REQUEST").contains("SUMMARY:" + title);
		// what the observer may switch off, the mail program's "Unsubscribe" switches off (RFC 8058); so do the
		// others' copies (the secretariat's, the focal point's): meeting notices cover every reason but following
		assertThat(told.getHeader("List-Unsubscribe", null)).matches("<https?://[^/]+/unsubscribe/meeting-notices/.+>");
		assertThat(told.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(about(title).stream().filter(m -> !to(m).equals(OBSERVER)))
			.isNotEmpty().allSatisfy(m -> assertThat(TestMail.unsubscribePath(m)).startsWith("/unsubscribe/meeting-notices/"));

		mvc.perform(get("/account").with(as("observer-oim")))
			.andExpect(PageContent.holds("id=\"meeting-notices\"", "Recibir los avisos de reuniones"));
		mvc.perform(get("/account").with(as("fp-panama"))).andExpect(PageContent.holds("id=\"meeting-notices\""));
		mvc.perform(post("/account/meeting-notices").with(as("observer-oim")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				jdbc.queryForList("""
						select a.summary from audit_entry a join account c on a.entity_id = c.id::text
						where c.username = 'observer-oim' order by a.id desc limit 1""", String.class))
			.containsExactly("Meeting notices switched off"));
		try {
			String quiet = "Taller con la OIM, sin avisos al observador";
			invite(quiet, iom);
			greenMail.waitForIncomingEmail(5_000, 3);
			Thread.sleep(1_000);
			assertThat(about(quiet)).extracting(MeetingObserverNoticesTests::to).isNotEmpty().doesNotContain(OBSERVER);
		}
		finally {
			mvc.perform(post("/account/meeting-notices").param("meetingNotices", "true").with(as("observer-oim"))
				.with(csrf())).andExpect(status().is3xxRedirection());
		}
	}

	private void invite(String title, String organisation) throws Exception {
		mvc.perform(meeting(title, LocalDate.now().plusDays(50).toString()).with("precision", "DAY")
				.with("processes", "CRM").with("participantCountries", "PA")
				.with("participantOrganisations", organisation).postTo("/meetings").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private List<MimeMessage> about(String title) {
		return MeetingInvitationTests.about(greenMail, title);
	}

	private static String to(MimeMessage m) {
		return MeetingInvitationTests.to(m);
	}
}

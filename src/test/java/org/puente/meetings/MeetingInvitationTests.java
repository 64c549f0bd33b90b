package org.puente.meetings;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.puente.PuenteTest;
import org.puente.TestMail;
import org.puente.WebTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.meetings.PostedMeetingForm.meeting;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A meeting put on the calendar is announced to the countries and secretariats it concerns, with its calendar entry
 * (walk 7 #2: Panama and Chile first heard of a new meeting by a "has changed" notice at its first edit).
 */
@PuenteTest
class MeetingInvitationTests extends WebTestSupport {

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	private List<MimeMessage> about(String title) throws Exception {
		return about(greenMail, title);
	}

	/** The messages the test mail server received about a meeting, by its title in their subject. */
	static List<MimeMessage> about(GreenMailExtension mail, String title) {
		return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
			try {
				return m.getSubject().contains(title);
			}
			catch (Exception ex) {
				return false;
			}
		}).toList();
	}

	static String calendarFileName(MimeMessage message) throws Exception {
		jakarta.mail.Multipart parts = (jakarta.mail.Multipart) message.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			if (parts.getBodyPart(i).getContentType().startsWith("text/calendar")) {
				return parts.getBodyPart(i).getFileName();
			}
		}
		throw new AssertionError("no text/calendar attachment");
	}

	static String to(MimeMessage m) {
		try {
			return m.getAllRecipients()[0].toString();
		}
		catch (Exception ex) {
			return "";
		}
	}

	@Test
	void aNewMeetingIsAnnouncedToItsCountriesAndTheOtherSecretariatButNotToItsAuthor() throws Exception {
		String title = "Reunión técnica sobre retorno asistido";
		LocalDate day = LocalDate.now().plusDays(40);
		mvc.perform(meeting(title, day.toString()).with("precision", "DAY").with("processes", "CRM", "CSM")
				.with("participantCountries", "PA", "CL").postTo("/meetings").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(greenMail.waitForIncomingEmail(20_000, 3)).isTrue();
		Thread.sleep(500); // the notices go one by one after the commit: let the last one arrive
		List<MimeMessage> sent = about(title);
		assertThat(sent).extracting(MeetingInvitationTests::to)
			.contains("punto.focal.panama@demo.puente.example", "punto.focal.chile@demo.puente.example",
					"st.csm@demo.puente.example")
			.doesNotContain("st.crm@demo.puente.example");
		MimeMessage panama = sent.stream().filter(m -> to(m).startsWith("punto.focal.panama")).findFirst().orElseThrow();
		assertThat(panama.getSubject()).isEqualTo("Nueva reunión: " + title);
		assertThat(MeetingBrowserTests.textPart(panama)).contains("se añadió al calendario de Puente")
			.contains("su país participa en la reunión").doesNotContain("ha cambiado");
		assertThat(MeetingBrowserTests.calendarPart(panama)).contains("METHOD:REQUEST").contains("SUMMARY:" + title);
		// named as the meeting's download is, not "meeting.ics" for every meeting (walk 17)
		assertThat(calendarFileName(panama)).isEqualTo("reunion-tecnica-sobre-retorno-asistido-" + day + ".ics");
		// every copy stops meeting notices in one click (RFC 8058), as the reason line says
		assertThat(MeetingBrowserTests.textPart(panama)).contains("con la opción «darse de baja» de su programa de correo");
		assertThat(sent).allSatisfy(m -> assertThat(TestMail.unsubscribePath(m)).startsWith("/unsubscribe/meeting-notices/"));
	}

	@Test
	void aMeetingRecordedAfterItWasHeldIsAnnouncedToNoOne() throws Exception {
		String title = "Reunión ya celebrada, registrada después";
		mvc.perform(meeting(title, LocalDate.now().minusDays(30).toString()).with("precision", "DAY")
				.with("processes", "CRM", "CSM").with("participantCountries", "PA")
				.postTo("/meetings").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		greenMail.waitForIncomingEmail(3_000, 1);
		assertThat(about(title)).isEmpty();
	}
}

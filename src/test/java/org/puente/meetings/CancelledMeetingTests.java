package org.puente.meetings;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.web.HtmlValidityTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.puente.PageContent.holds;
import static org.puente.PageContent.lacks;
import static org.puente.meetings.PostedMeetingForm.meeting;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A cancelled meeting offers neither following it, nor a reminder, nor adding it to a calendar (walk-through of the
 * night #13), while its calendar entry says it is cancelled; and the cancellation says who was told, by name, not
 * "the participants were told" of a meeting nobody takes part in (#14).
 */
@PuenteTest
class CancelledMeetingTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCancelledMeetingIsNoLongerOfferedToFollowOrAddAndTheCancellationNamesWhoWasTold() throws Exception {
		String location = mvc.perform(meeting("Reunión sin participantes", "2031-11-20").postTo("/meetings")
			.with(as("st-crm")).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		String id = location.substring(location.lastIndexOf('/') + 1);
		mvc.perform(get("/meetings/" + id).with(as("st-crm")))
			.andExpect(holds("Seguir esta reunión", "id=\"reminderDays\"", "Google Calendar", "Outlook"));

		var cancelled = mvc.perform(post("/meetings/" + id + "/cancel").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn();
		// only the organising conference's secretariat has an account to tell: it is named, nobody else
		List<String> secretariat = jdbc.queryForList(
				"select display_name from account where role = 'SECRETARIAT' and process_code = 'CRM'", String.class);
		// the page the cancellation leads to, in the same (JDBC) session that holds its announcement
		String page = mvc.perform(get("/meetings/" + id).with(as("st-crm"))
			.cookie(cancelled.getResponse().getCookies()))
			.andExpect(holds("La reunión se canceló. Se avisa por correo a: " + String.join(", ", secretariat) + "."))
			.andExpect(lacks("Se avisó a los participantes", "id=\"reminderDays\"", "Google Calendar", "Outlook",
					"Descargar esta reunión (.ics)"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		HtmlValidityTests.validPage("cancelled meeting", page);
		mvc.perform(get("/meetings/" + id + ".ics"))
			.andExpect(holds("STATUS:CANCELLED"));
	}
}

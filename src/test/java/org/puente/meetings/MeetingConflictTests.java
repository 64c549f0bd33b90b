package org.puente.meetings;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.web.HtmlValidityTests;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.PageContent.holds;
import static org.puente.meetings.PostedMeetingForm.meeting;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two secretariat officers change the same meeting from two sessions: the second sees the first one's values beside
 * its own (409) and, saving again unchanged, does not undo them; a field it chooses replaces the first one's.
 */
@PuenteTest
class MeetingConflictTests extends WebTestSupport {

	@Autowired
	MeetingRepository meetings;

	@Test
	void theSecondOfficerSeesTheFirstOnesChangeAndKeepsItUnlessChoosingOtherwise() throws Exception {
		String location = mvc.perform(meeting("Reunion de dos oficiales", "2031-05-12").postTo("/meetings")
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		long started = meetings.findById(id).orElseThrow().getVersion();

		// A moves the meeting to Panama City; B, from the same version, renames it and sets a venue
		mvc.perform(meeting("Reunion de dos oficiales", "2031-05-12").with("city", "Ciudad de Panama")
				.with("version", String.valueOf(started)).postTo(location).with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long afterA = meetings.findById(id).orElseThrow().getVersion();
		String page = mvc.perform(meeting("Reunion de dos oficiales, titulo de B", "2031-05-12")
				.with("venue", "Sala B").with("version", String.valueOf(started)).postTo(location)
				.with(as("admin")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(holds("Otra persona guardó este registro mientras usted escribía", "Lo guardó Secretaría Técnica CRM el",
					"Ciudad de Panama", "value=\"Reunion de dos oficiales, titulo de B\"",
					"name=\"conflictVersion\" value=\"" + afterA + "\"",
					"name=\"version\" value=\"" + started + "\""))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		HtmlValidityTests.validPage("meeting conflict", page);

		// B saves again, choosing only its title: A's city stays, B's venue (not chosen) does not replace A's none
		mvc.perform(meeting("Reunion de dos oficiales, titulo de B", "2031-05-12").with("venue", "Sala B")
				.with("version", String.valueOf(started)).with("conflictVersion", String.valueOf(afterA))
				.with("keepMine", "titleEs").postTo(location).with(as("admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Meeting saved = meetings.findById(id).orElseThrow();
		assertThat(saved.getCity()).isEqualTo("Ciudad de Panama");
		assertThat(saved.getTitleEs()).isEqualTo("Reunion de dos oficiales, titulo de B");
		assertThat(saved.getVenue()).isNull();
	}
}

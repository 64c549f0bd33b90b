package org.puente.meetings;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

import static org.puente.meetings.PostedMeetingForm.meeting;
import static org.puente.PageContent.holds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The meeting form and page as the seventh walk-through met them: hours typed under "whole days", an empty time zone,
 * a new meeting without the secretariat's own conference, a title shown in another language, the actions' heading
 * and the demo's thematic sessions.
 */
@PuenteTest
class MeetingFormPageTests extends WebTestSupport {

	@Autowired
	MeetingRepository meetings;

	UUID plenary() {
		return meetings.findByUid(MeetingDemoData.uid("plenary-2017-09-26")).orElseThrow().getId();
	}

	@Test
	void refusesHoursTypedUnderWholeDaysInsteadOfDroppingThemWithTheZone() throws Exception {
		// walk 7 #1: "Días completos" is the form's default; hours and zone typed under it were dropped without a word
		mvc.perform(meeting("Reunión técnica con horas", "2027-03-10").with("precision", "DAY")
				.with("endDate", "2027-03-11").with("startTime", "09:00").with("endTime", "17:00")
				.with("timeZone", "America/Panama").postTo("/meetings").with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("o borre las horas si la reuni", "href=\"#precision\"", "aria-describedby=\"precision-hint precision-error\"",
					"value=\"09:00\"", "value=\"America/Panama\""));
		assertThat(meetings.findAll()).noneMatch(m -> m.getTitleEs().equals("Reunión técnica con horas"));
	}

	@Test
	void asksForTheTimeZoneOfATimedMeetingInsteadOfCallingAnEmptyOneUnknown() throws Exception {
		mvc.perform(meeting("Reunión con hora sin zona", "2027-03-10").with("precision", "EXACT").with("endDate")
				.with("startTime", "09:00").with("endTime", "11:00").with("timeZone", "")
				.postTo("/meetings").with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("Escriba la zona horaria en la que se leen las horas"))
			.andExpect(content().string(not(containsString("Zona horaria desconocida"))));
	}

	@Test
	void marksATitleShownInAnotherLanguageWithThatLanguageForScreenReaders() throws Exception {
		// walk 7 #3: a title written only in Spanish, on a French page, was read out with French pronunciation
		mvc.perform(meeting("Reunión solo en español", LocalDate.now().plusDays(50).toString()).with("precision", "DAY")
				.postTo("/meetings").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		UUID id = meetings.findAll().stream().filter(m -> m.getTitleEs().equals("Reunión solo en español"))
			.findFirst().orElseThrow().getId();
		mvc.perform(get("/meetings/" + id + "?lang=fr")).andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 lang=\"es\">Reuni")));
		mvc.perform(get("/meetings?lang=fr")).andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"es\">Reuni")));
		mvc.perform(get("/portal?lang=en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"es\">Reuni")));
		// a title in the reader's language carries no mark
		mvc.perform(get("/meetings/" + plenary() + "?lang=fr")).andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>")));
	}

	@Test
	void theDemoThematicSessionsReadRightInFrenchAndTheirNotesAreNotInEnglish() {
		// walk 7 #7: "Session thématique 3: Coopération…" and an English note on the Spanish page
		Meeting third = meetings.findByUid(MeetingDemoData.uid("ts-3")).orElseThrow();
		assertThat(third.title(java.util.Locale.FRENCH)).startsWith("Session thématique 3\u00a0: Coopération");
		assertThat(third.getAgenda()).startsWith("Pacto Mundial para una Migración Segura").doesNotContain("Global Compact");
	}

	@Test
	void theActionsHeadingStandsAboveItsRowOfActionsNotInIt() throws Exception {
		// walk 7 #9: the heading was an item of the flex row, beside "Historial de cambios · Editar"
		String page = mvc.perform(get("/meetings/" + plenary()).with(as("st-crm"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String row = page.substring(page.indexOf("<div class=\"actions\">"));
		assertThat(row).doesNotContain("id=\"actions-title\"");
		assertThat(page.indexOf("id=\"actions-title\"")).isPositive().isLessThan(page.indexOf("<div class=\"actions\">"));
	}

	@Test
	void aNewMeetingWithoutTheSecretariatsOwnConferenceSaysToTickIt() throws Exception {
		// walk 7 #10: "Solo la Secretaría Técnica … puede modificarla" on a meeting that did not exist yet
		mvc.perform(meeting("Reunión solo de la CSM", LocalDate.now().plusDays(60).toString()).with("precision", "DAY")
				.with("processes", "CSM").postTo("/meetings").with(as("st-crm")).with(csrf()))
			.andExpect(holds("Marque su Conferencia entre las que organizan la reuni", "value=\"Reuni"))
			.andExpect(content().string(not(containsString("puede modificarla"))));
		assertThat(meetings.findAll()).noneMatch(m -> m.getTitleEs().equals("Reunión solo de la CSM"));
	}
}

package org.puente.meetings;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;

import static org.puente.PageContent.holds;
import static org.puente.PageContent.lacks;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A meeting's agenda carries the language it is written in (WCAG 3.1.2; walk 8 #9 left it unmarked): the form asks
 * for it, Spanish unless said otherwise (the conferences' working language), and the meeting's page marks the agenda
 * with {@code lang} wherever it is not the reader's language.
 */
@PuenteTest
class MeetingAgendaLanguageTests extends WebTestSupport {

	@Test
	void anAgendaTypedInEnglishIsMarkedOnASpanishPageAndASpanishOneOnAPortuguesePage() throws Exception {
		String english = mvc.perform(PostedMeetingForm.meeting("Reunión con agenda en inglés", "2027-03-02")
				.with("agenda", "Opening and adoption of the agenda").with("agendaLanguage", "en")
				.postTo("/meetings").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(english).header("Accept-Language", "es"))
			.andExpect(holds("<p class=\"agenda\" lang=\"en\">Opening and adoption of the agenda</p>"));
		mvc.perform(get(english).header("Accept-Language", "en"))
			.andExpect(holds("<p class=\"agenda\">Opening and adoption of the agenda</p>"));
		mvc.perform(get(english + "/edit").with(as("st-crm")).header("Accept-Language", "fr"))
			.andExpect(holds("ordre du jour et des notes</label>", "<option value=\"en\" selected=\"selected\">anglais"));

		String spanish = mvc.perform(PostedMeetingForm.meeting("Reunión con agenda en español", "2027-03-03")
				.with("agenda", "Apertura y orden del dia").postTo("/meetings").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(spanish).header("Accept-Language", "pt"))
			.andExpect(holds("<p class=\"agenda\" lang=\"es\">Apertura y orden del dia</p>"));
		mvc.perform(get(spanish).header("Accept-Language", "es"))
			.andExpect(lacks("class=\"agenda\" lang="));

		mvc.perform(PostedMeetingForm.meeting("Reunión con agenda en otro idioma", "2027-03-04")
				.with("agenda", "Eröffnung").with("agendaLanguage", "de").postTo("/meetings").with(as("st-crm"))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("elija uno de los idiomas de Puente"));
	}
}

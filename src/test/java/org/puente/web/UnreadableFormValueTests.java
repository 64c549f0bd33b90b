package org.puente.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.puente.PageContent.holds;
import static org.puente.PageContent.lacks;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A form bound through its constructor with a value that cannot be read — a date that does not exist, a letter where
 * a number goes, a choice or an id that is no such thing — comes back as any other mistake: 422, the form again with
 * the sentence on the field and what was typed, nothing stored. It used to end in a 500: the form's binding result
 * had no form, and both the controller's checks and the page's fields failed on it.
 */
@PuenteTest
class UnreadableFormValueTests extends WebTestSupport {

	private static final String FUTURE = LocalDate.now().plusDays(20).toString();

	private void refusedAsTyped(String table, MockHttpServletRequestBuilder request, String... shown) throws Exception {
		storingNothingIn(table, request.with(as("st-crm")).with(csrf()).header("Accept-Language", "es"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds(shown))
			.andExpect(lacks("class=\"error-page\""));
	}

	@Test
	void aConsultationWithADeadlineThatIsNoDateComesBackWithWhatWasTyped() throws Exception {
		refusedAsTyped("consultation", post("/consultations").param("title.es", "Cuestionario tecleado")
			.param("processes", "CRM").param("deadline", "2026-02-30").param("latePolicy", "ACCEPT_LATE"),
				"escriba una fecha válida (AAAA-MM-DD)", "value=\"2026-02-30\"", "value=\"Cuestionario tecleado\"");
		refusedAsTyped("consultation", post("/consultations").param("title.es", "Otro cuestionario")
			.param("processes", "CRM").param("deadline", FUTURE).param("latePolicy", "LATER"),
				"el valor no tiene el formato esperado", "value=\"Otro cuestionario\"");
	}

	@Test
	void aQuestionWithAnUnreadableKindOrSectionComesBackWithWhatWasTyped() throws Exception {
		String consultation = mvc.perform(post("/consultations").with(as("st-crm")).with(csrf())
			.param("title.es", "Cuestionario con preguntas").param("processes", "CRM").param("deadline", FUTURE))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		refusedAsTyped("consultation_question", post(consultation + "/questions").param("kind", "ENSAYO")
			.param("sectionTitle.es", "Sección tecleada").param("prompt.es", "Pregunta tecleada"),
				"el valor no tiene el formato esperado", "Pregunta tecleada</textarea>");
		refusedAsTyped("consultation_question", post(consultation + "/questions").param("kind", "FREE_TEXT")
			.param("sectionId", "primera").param("prompt.es", "Otra pregunta tecleada"),
				"elija un valor de la lista", "Otra pregunta tecleada</textarea>");
	}

	/** The unreadable value does not hide the form's other mistakes: one submit shows them all. */
	@Test
	void theOtherMistakesOfTheFormAreShownWithTheUnreadableValue() throws Exception {
		refusedAsTyped("consultation", post("/consultations").param("title.es", "T".repeat(301))
			.param("deadline", "2026-02-30"), "«Plazo»: escriba una fecha válida (AAAA-MM-DD)",
				"«Título (español)»: escriba como máximo 300 caracteres", "«Conferencias»: elija al menos una opción",
				"value=\"2026-02-30\"");
		refusedAsTyped("meeting", post("/meetings").param("titleEs", " ").param("titleEn", "y".repeat(501))
			.param("startDate", "2026-02-30"), "«Fecha de inicio»: escriba una fecha válida (AAAA-MM-DD)",
				"«Título (inglés)»: escriba como máximo 500 caracteres"); // an English title is enough (walk11): no Spanish one asked
		// the field that could not be read says so, and only that: its empty value is not also "required"
		mvc.perform(post("/meetings").with(as("st-crm")).with(csrf()).header("Accept-Language", "es")
			.param("titleEs", "Reunión").param("startDate", "2026-02-30"))
			.andExpect(status().isUnprocessableContent()).andExpect(lacks("«Fecha de inicio»: este dato es obligatorio"));
	}

	@Test
	void anExpertWithAnUnreadableChoiceComesBackWithWhatWasTyped() throws Exception {
		refusedAsTyped("experts_expert", post("/experts").param("fullName", "Ana Tecleada").param("gender", "NOPE")
			.param("sessions", "uno"), "«Género»: el valor no tiene el formato esperado",
				"«Sesiones temáticas»: el valor no tiene el formato esperado", "value=\"Ana Tecleada\"");
	}

	@Test
	void aRoundOrAProposalWithAnUnreadableNumberOrIdComesBackWithWhatWasTyped() throws Exception {
		refusedAsTyped("experts_round", post("/experts/rounds").param("title", "Ronda tecleada")
			.param("sessions", "cuatro").param("quota", "3").param("deadline", FUTURE),
				"el valor no tiene el formato esperado", "value=\"Ronda tecleada\"");
		String round = mvc.perform(post("/experts/rounds").with(as("st-crm")).with(csrf())
			.param("title", "Ronda abierta").param("sessions", "4").param("quota", "3").param("deadline", FUTURE))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl()
			.substring("/experts/rounds/".length());
		refusedAsTyped("experts_nomination", post("/experts/rounds/{id}/nominations", round).param("session", "x")
			.param("conference", "CRM").param("country", "PA").param("expertId", "nadie"),
				"escriba un número entero", "elija un valor de la lista");
	}

	@Test
	void aMeetingWithADateOrATimeThatIsNoneComesBackWithWhatWasTyped() throws Exception {
		refusedAsTyped("meeting", post("/meetings").param("titleEs", "Reunion tecleada").param("kind", "WORKING_MEETING")
			.param("startDate", "2026-02-30").param("startTime", "25:61"),
				"escriba una fecha válida (AAAA-MM-DD)", "escriba una hora válida", "value=\"Reunion tecleada\"",
				"value=\"2026-02-30\"");
	}

	@Test
	void aTermWithAnUnreadableVersionComesBackWithWhatWasTyped() throws Exception {
		refusedAsTyped("glossary_term", post("/glossary").param("label.es", "palabra tecleada").param("version", "v2"),
				"«Versión»: el valor no tiene el formato esperado", "value=\"palabra tecleada\"");
	}
}

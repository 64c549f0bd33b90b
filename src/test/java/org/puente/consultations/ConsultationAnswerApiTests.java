package org.puente.consultations;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A focal point's system answers a questionnaire through the API as the answer page does: each answer kept as a
 * draft (versioned as the page's autosave), then the whole submitted; the secretariat reads the submitted answers per
 * country and per question. Every refusal of the page is the API's, as a problem report in the caller's language.
 */
@PuenteTest
class ConsultationAnswerApiTests extends ConsultationTestSupport {

	UUID consultation;

	UUID term;

	UUID scale;

	@BeforeEach
	void sent() throws Exception {
		consultation = sendConsultation("CRM", LocalDate.now().plusDays(10), "ACCEPT_LATE", "SCALE");
		term = firstQuestion(consultation);
		scale = management.view(consultation).questions().get(1).getId();
	}

	ResultActions answer(String user, String country, UUID question, String body) throws Exception {
		return mvc.perform(put("/api/v1/consultations/{id}/responses/{c}/answers/{q}", consultation, country, question)
			.with(as(user)).with(csrf()).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	ResultActions submit(String user, String country) throws Exception {
		return mvc.perform(post("/api/v1/consultations/{id}/responses/{c}/submit", consultation, country)
			.with(as(user)).with(csrf()).header("Accept-Language", "en"));
	}

	ResultActions read(String user, String path) throws Exception {
		return mvc.perform(get("/api/v1/consultations/{id}/" + path, consultation).with(as(user))
			.header("Accept-Language", "en"));
	}

	@Test
	void keepsPartialAnswersThenSubmitsThemInTheAnswerersLanguageForTheSecretariatToRead() throws Exception {
		read("fp-panama", "responses/PA").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PENDING")).andExpect(jsonPath("$.open").value(true))
			.andExpect(jsonPath("$.questions.length()").value(2))
			.andExpect(jsonPath("$.questions[0].answer").doesNotExist());
		answer("fp-panama", "PA", scale, "{\"language\": \"en\", \"scale\": 4}").andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(0));
		read("fp-panama", "responses/PA").andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.questions[1].answer.scale").value(4))
			.andExpect(jsonPath("$.questions[1].answer.language").value("en"));
		// a draft stays with the country: the secretariat sees it started, not what it says
		read("st-crm", "responses/PA").andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.questions[1].answer").doesNotExist());
		read("st-crm", "results").andExpect(jsonPath("$.answered").value(0))
			.andExpect(jsonPath("$.questions[1].answers.length()").value(0));
		// the definition is missing: refused on its question, nothing submitted
		submit("fp-panama", "PA").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("answers." + term))
			.andExpect(jsonPath("$.errors[0].message").value("Write the definition of the term: it cannot be empty."));
		answer("fp-panama", "PA", scale, "{\"scale\": 9, \"version\": 0}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("scale"));
		answer("fp-panama", "PA", term, "{\"language\": \"en\", \"text\": \"Return with support\"}")
			.andExpect(status().isOk());
		// a second script of the country on the version it read before: theirs kept, the version now given
		answer("fp-panama", "PA", term, "{\"language\": \"en\", \"text\": \"Other\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("consultations.answer.changedSince"))
			.andExpect(jsonPath("$.currentVersion").value(0));
		answer("fp-panama", "PA", term, "{\"text\": \"Return with support\", \"language\": \"xx\", \"version\": 0}")
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("language"));
		submit("fp-panama", "PA").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.open").value(false));
		// answering twice
		submit("fp-panama", "PA").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("consultations.answer.alreadySubmitted"));
		answer("fp-panama", "PA", scale, "{\"scale\": 2, \"version\": 0}").andExpect(status().isConflict());
		read("st-crm", "results").andExpect(status().isOk()).andExpect(jsonPath("$.answered").value(1))
			.andExpect(jsonPath("$.responses[?(@.country == 'PA')].status").value(hasItem("SUBMITTED")))
			.andExpect(jsonPath("$.questions[0].answers[0].country").value("PA"))
			.andExpect(jsonPath("$.questions[0].answers[0].countryName").value("Panama"))
			.andExpect(jsonPath("$.questions[0].answers[0].language").value("en"))
			.andExpect(jsonPath("$.questions[0].answers[0].text").value("Return with support"))
			.andExpect(jsonPath("$.questions[1].answers[0].scale").value(4));
		read("st-crm", "responses/PA").andExpect(jsonPath("$.questions[0].answer.text").value("Return with support"));
		// the secretariat reopens it for the country to correct (the CSM's may not)
		mvc.perform(post("/api/v1/consultations/{id}/responses/PA/reopen", consultation).with(as("st-csm"))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/consultations/{id}/responses/PA/reopen", consultation).with(as("st-crm"))
			.with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"));
	}

	@Test
	void refusesAnotherCountryAnotherRoleAndAClosedConsultation() throws Exception {
		String text = "{\"text\": \"Definición\"}";
		answer("fp-panama", "MX", term, text).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("consultations.answer.otherCountry"))
			.andExpect(jsonPath("$.detail").value("You answer for Panama, not for Mexico: each country answers "
					+ "through its own focal points."));
		read("fp-panama", "responses/MX").andExpect(status().isForbidden());
		submit("fp-panama", "MX").andExpect(status().isForbidden());
		answer("st-crm", "PA", term, text).andExpect(status().isForbidden());
		answer("observer-oim", "PA", term, text).andExpect(status().isForbidden());
		read("observer-oim", "responses/PA").andExpect(status().isForbidden());
		read("fp-panama", "results").andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/consultations/{id}/responses/PA/answers/{q}", consultation, term)
			.contentType(MediaType.APPLICATION_JSON).content(text)).andExpect(status().isUnauthorized());
		// Chile's focal point, on a CRM questionnaire, for its own country: not sent to it
		answer("fp-chile", "CL", term, text).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("consultations.answer.notSentToCountry"));
		answer("fp-panama", "PA", UUID.randomUUID(), text).andExpect(status().isNotFound());
		answer("fp-mexico", "MX", term, text).andExpect(status().isOk());
		mvc.perform(post("/api/v1/consultations/{id}/close", consultation).with(as("st-crm")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": "
					+ management.find(consultation).getVersion() + "}")).andExpect(status().isOk());
		answer("fp-mexico", "MX", term, "{\"text\": \"Tarde\", \"version\": 0}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("consultations.answer.closed"));
		submit("fp-mexico", "MX").andExpect(status().isConflict());
	}
}

package org.puente.consultations;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A secretariat's system builds a questionnaire through the API as the pages build it (walk18 #17): a draft with its
 * questions in one call, described again and given more questions while a draft, sent; every refusal a problem report
 * in the caller's language, with each mistake on the field the script sent.
 */
@PuenteTest
class ConsultationBuildApiTests extends ConsultationTestSupport {

	static final String TOMORROW = LocalDate.now().plusDays(1).toString();

	static String draft(String title, String deadline) {
		return """
				{"title": {"es": "%s", "en": "Key terms of the API"}, "processes": ["CRM"], "deadline": "%s",
				 "questions": [
				   {"kind": "TERM_DEFINITION", "prompt": {"es": "¿Cómo define su país este término?"}, "term": "retorno api"},
				   {"kind": "SINGLE_CHOICE", "prompt": {"es": "¿Tiene una ley?", "en": "Is there a law?"}, "options": ["Sí", "No"]},
				   {"sectionTitle": {"es": "Cifras"}, "kind": "SCALE", "prompt": {"es": "Prioridad"}, "required": true}
				 ]}""".formatted(title, deadline);
	}

	MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String user, String body) {
		return request.with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	UUID created(String user, String body) throws Exception {
		String location = mvc.perform(json(post("/api/v1/consultations"), user, body))
			.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		return UUID.fromString(location.split("/")[4]);
	}

	@Test
	void createsADraftWithItsQuestionsDescribesItAgainAndAddsAQuestionWhileItIsADraft() throws Exception {
		String title = "Cuestionario del API " + UUID.randomUUID();
		mvc.perform(json(post("/api/v1/consultations"), "st-crm", draft(title, TOMORROW)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/consultations/")))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.ownerProcess").value("CRM"))
			.andExpect(jsonPath("$.title.en").value("Key terms of the API"))
			// the first two in the default section, the third in its own
			.andExpect(jsonPath("$.sections.length()").value(2))
			.andExpect(jsonPath("$.sections[0].title.es").value("Preguntas"))
			.andExpect(jsonPath("$.sections[0].questions[1].options").value(containsInAnyOrder("Sí", "No")))
			.andExpect(jsonPath("$.sections[0].questions[1].prompt.en").value("Is there a law?"))
			.andExpect(jsonPath("$.sections[1].questions[0].number").value(3));
		UUID id = management.all().stream().filter(c -> c.title().es().equals(title)).findFirst().orElseThrow()
			.getId();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_id = ?", Integer.class, id.toString()))
			.as("the creation and each question audited").isGreaterThanOrEqualTo(4);
		long version = management.find(id).getVersion();
		mvc.perform(json(put("/api/v1/consultations/{id}", id), "st-crm", """
				{"title": {"es": "%s (revisado)"}, "processes": ["CRM", "CSM"], "deadline": "%s", "version": %d}"""
			.formatted(title, TOMORROW, version)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title.es").value(title + " (revisado)"))
			.andExpect(jsonPath("$.processes").value(containsInAnyOrder("CRM", "CSM")))
			.andExpect(jsonPath("$.version").value(version + 1));
		// a second script on the version it read before: refused, the version now given
		mvc.perform(json(put("/api/v1/consultations/{id}", id), "st-crm", """
				{"title": {"es": "Otro"}, "processes": ["CRM"], "deadline": "%s", "version": %d}"""
			.formatted(TOMORROW, version)).header("Accept-Language", "en"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("consultations.edit.changed"))
			.andExpect(jsonPath("$.currentVersion").value(version + 1));
		mvc.perform(json(post("/api/v1/consultations/{id}/questions", id), "st-crm", """
				{"sectionId": "%s", "kind": "FREE_TEXT", "prompt": {"es": "¿Algo más?"}}"""
			.formatted(management.view(id).sections().get(1).section().getId())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.sections[1].questions.length()").value(2));
		assertThat(management.view(id).questions()).hasSize(4);
		mvc.perform(get("/api/v1/consultations/{id}/questionnaire", id).with(as("st-csm")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.sections[1].questions[1].kind").value("FREE_TEXT"));
	}

	@Test
	void refusesEveryMistakeAtOnceOnItsFieldInTheCallersLanguageStoringNothing() throws Exception {
		String wrong = """
				{"title": {"es": " "}, "processes": ["CRM"],
				 "questions": [{"kind": "SINGLE_CHOICE", "prompt": {"es": "¿Cuál?"}, "options": ["Sólo una"]},
				               {"kind": "FREE_TEXT", "term": "un término"}]}""";
		storingNothingIn("consultation", json(post("/api/v1/consultations"), "st-crm", wrong)
			.header("Accept-Language", "pt"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("title", "deadline",
					"questions[0].options", "questions[1].prompt", "questions[1].term")))
			.andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value(
					org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("título"))));
		// a deadline already over everywhere
		storingNothingIn("consultation", json(post("/api/v1/consultations"), "st-crm",
				draft("Vencido", LocalDate.now().minusDays(3).toString())).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("deadline"));
		// a question on a glossary term that does not exist: nothing is kept of the consultation either
		storingNothingIn("consultation", json(post("/api/v1/consultations"), "st-crm", """
				{"title": {"es": "Con término perdido"}, "processes": ["CRM"], "deadline": "%s",
				 "questions": [{"kind": "TERM_DEFINITION", "glossaryTermId": "%s"}]}""".formatted(TOMORROW,
				UUID.randomUUID()))).andExpect(status().isNotFound());
	}

	@Test
	void refusesOtherRolesOtherConferencesAndAChangeOnceSent() throws Exception {
		String body = draft("Cuestionario del API " + UUID.randomUUID(), TOMORROW);
		storingNothingIn("consultation", json(post("/api/v1/consultations"), "fp-panama", body))
			.andExpect(status().isForbidden());
		storingNothingIn("consultation", json(post("/api/v1/consultations"), "observer-oim", body))
			.andExpect(status().isForbidden());
		storingNothingIn("consultation", post("/api/v1/consultations").contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isUnauthorized());
		UUID id = created("st-crm", body);
		long version = management.find(id).getVersion();
		// the CSM's secretariat on the CRM's draft: 403 whatever it sends, not first a 422 about the body
		mvc.perform(json(put("/api/v1/consultations/{id}", id), "st-csm", "{}").header("Accept-Language", "en"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("consultations.edit.otherConference"));
		mvc.perform(json(post("/api/v1/consultations/{id}/questions", id), "st-csm", "{}"))
			.andExpect(status().isForbidden());
		mvc.perform(json(post("/api/v1/consultations/{id}/send", id), "st-csm", "")).andExpect(status().isForbidden());
		// a change without the version it was read at
		mvc.perform(json(put("/api/v1/consultations/{id}", id), "st-crm", """
				{"title": {"es": "Sin versión"}, "processes": ["CRM"], "deadline": "%s"}""".formatted(TOMORROW))
			.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("version"))
			.andExpect(jsonPath("$.errors[0].message").value("The value “version” is missing."));
		greenMail.reset();
		mvc.perform(json(post("/api/v1/consultations/{id}/send", id), "st-crm", ""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SENT"))
			.andExpect(jsonPath("$.countries").value(11));
		noticesSent(id);
		// the same mails as the page's send: Panamá's focal point is told
		assertThat(java.util.Arrays.stream(greenMail.getReceivedMessages())
			.filter(m -> recipients(m).contains("panama"))).isNotEmpty();
		mvc.perform(json(post("/api/v1/consultations/{id}/send", id), "st-crm", "")).andExpect(status().isConflict());
		mvc.perform(json(post("/api/v1/consultations/{id}/questions", id), "st-crm", """
				{"sectionTitle": {"es": "Tarde"}, "kind": "FREE_TEXT", "prompt": {"es": "¿Otra?"}}"""))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("consultations.build.alreadySent"));
		mvc.perform(json(put("/api/v1/consultations/{id}", id), "st-crm", """
				{"title": {"es": "Tarde"}, "processes": ["CRM"], "deadline": "%s", "version": %d}"""
			.formatted(TOMORROW, management.find(id).getVersion()))).andExpect(status().isConflict());
		assertThat(JsonPath.<Integer>read(mvc.perform(get("/api/v1/consultations/{id}/questionnaire", id)
			.with(as("st-crm"))).andReturn().getResponse().getContentAsString(), "$.version")).isGreaterThan((int) version);
	}

	static String recipients(jakarta.mail.internet.MimeMessage message) {
		try {
			return java.util.Arrays.toString(message.getAllRecipients());
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}

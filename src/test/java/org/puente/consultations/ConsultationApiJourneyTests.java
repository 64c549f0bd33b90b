package org.puente.consultations;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A whole consultation run by scripts alone, the CSM's secretariat's system and Chile's focal point's: created with
 * its term to define, sent, answered in Portuguese, closed — and the country's definition is in the glossary, in the
 * language it was given in, as when the pages run it.
 */
@PuenteTest
class ConsultationApiJourneyTests extends ConsultationTestSupport {

	@Test
	void createSendAnswerInPortugueseAndCloseFillsTheGlossary() throws Exception {
		String term = "movilidad por API " + UUID.randomUUID().toString().substring(0, 8);
		String created = mvc.perform(post("/api/v1/consultations").with(as("st-csm")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"title": {"es": "Términos de movilidad (API)"}, "processes": ["CSM"], "deadline": "%s",
					 "questions": [{"kind": "TERM_DEFINITION", "prompt": {"es": "¿Cómo define su país este término?"},
					                "term": "%s"}]}""".formatted(LocalDate.now().plusDays(7), term)))
			.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		UUID id = UUID.fromString(created.split("/")[4]);
		UUID question = firstQuestion(id);
		mvc.perform(post("/api/v1/consultations/{id}/send", id).with(as("st-csm")).with(csrf()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.notAnswered").value(hasItem("CL")));
		noticesSent(id);

		String path = "/api/v1/consultations/" + id + "/responses/CL";
		mvc.perform(get(path).with(as("fp-chile")).header("Accept-Language", "pt")).andExpect(status().isOk())
			.andExpect(jsonPath("$.countryName").value("Chile"))
			.andExpect(jsonPath("$.questions[0].section").value("Perguntas"));
		mvc.perform(put(path + "/answers/{q}", question).with(as("fp-chile")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"language\": \"pt\", \"text\": \"Deslocamento de trabalhadores entre países da região.\"}"))
			.andExpect(status().isOk());
		mvc.perform(post(path + "/submit").with(as("fp-chile")).with(csrf()).header("Accept-Language", "pt"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.language").value("pt"));
		mvc.perform(post("/api/v1/consultations/{id}/close", id).with(as("st-csm")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + management.find(id).getVersion() + "}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.answered").value(1));
		mvc.perform(get("/api/v1/consultations/{id}/results", id).with(as("st-csm")))
			.andExpect(jsonPath("$.questions[0].answers[0].language").value("pt"));

		String slug = jdbc.queryForObject("select slug from glossary_term where label_es = ?", String.class, term);
		mvc.perform(get("/api/v1/glossary/terms/{slug}/definitions", slug).with(as("st-csm")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].country").value("CL"))
			.andExpect(jsonPath("$[0].language").value("pt"))
			.andExpect(jsonPath("$[0].text").value("Deslocamento de trabalhadores entre países da região."));
		assertThat(jdbc.queryForList("select summary from audit_entry where entity_id = ?", String.class, id.toString()))
			.anyMatch(s -> s.startsWith("closed"));
	}
}

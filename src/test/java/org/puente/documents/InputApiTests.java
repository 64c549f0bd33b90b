package org.puente.documents;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A bi-regional input through the API: moved along its workflow by a secretariat, commented on by an observer. */
@PuenteTest
class InputApiTests extends WebTestSupport {

	@Autowired
	ObjectMapper json;

	JsonNode uploaded(String content) throws Exception {
		return json.readTree(mvc.perform(DocumentForms.upload("/api/v1/documents",
				DocumentForms.text("insumo-api.txt", content), "kind", "BIREGIONAL_INPUT", "thematicSessions", "3",
				"confidentiality", "CONFERENCES").with(as("st-crm")).with(csrf()))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void aSecretariatMovesAnInputAlongAndAnObserverCommentsOnIt() throws Exception {
		JsonNode input = uploaded("Insumo bi-regional sobre retorno " + UUID.randomUUID());
		String id = input.get("id").asString();
		assertThat(input.get("inputState").asString()).isEqualTo("DRAFT");
		long version = input.get("version").asLong();
		String move = "{\"target\": \"%s\", \"version\": %d}";
		mvc.perform(post("/api/v1/documents/" + id + "/transitions").with(as("fp-panama")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(move.formatted("AGREED_IN_CONFERENCE", version)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/documents/" + id + "/transitions").with(as("st-crm")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(move.formatted("SUBMITTED", version)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("documents.workflow.illegal"));
		mvc.perform(post("/api/v1/documents/" + id + "/transitions").with(as("st-crm")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(move.formatted("AGREED_IN_CONFERENCE", version)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.inputState").value("AGREED_IN_CONFERENCE"))
			.andExpect(jsonPath("$.transitions[0].to").value("AGREED_IN_CONFERENCE"));
		// the version it was moved from is stale now; the plenary's approval names the plenary
		mvc.perform(post("/api/v1/documents/" + id + "/transitions").with(as("st-crm")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(move.formatted("APPROVED_IN_PLENARY", version)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("documents.workflow.meetingRequired"));
		mvc.perform(post("/api/v1/documents/" + id + "/transitions").with(as("st-crm")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"target\": \"APPROVED_IN_PLENARY\", \"version\": "
					+ version + ", \"meetingTitle\": \"Plenaria\"}"))
			.andExpect(status().isConflict());

		String comment = "{\"body\": \"La OIM sugiere citar el informe de 2016.\"}";
		mvc.perform(post("/api/v1/documents/" + id + "/comments").contentType(MediaType.APPLICATION_JSON)
			.content(comment)).andExpect(status().isNotFound()); // reserved to the conferences: not even hinted at
		mvc.perform(post("/api/v1/documents/" + id + "/comments").with(as("observer-oim")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"body\": \" \"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("documents.comment.invalid"));
		mvc.perform(post("/api/v1/documents/" + id + "/comments").with(as("observer-oim")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(comment))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.comments[0].author").value("observer-oim"));
		mvc.perform(get("/api/v1/documents/" + id).with(as("fp-chile")))
			.andExpect(jsonPath("$.comments[0].body").value("La OIM sugiere citar el informe de 2016."))
			.andExpect(jsonPath("$.transitions.length()").value(1));
	}
}

package org.puente.practices;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A good practice through the API: México's focal point writes, corrects and submits it, the CRM's secretariat
 * returns it with a note and then accepts it, which publishes it; each refusal of the pages as a problem report.
 */
@PuenteTest
class PracticeApiTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	static String practice(String title, String countries, long version) {
		return """
				{"countries": [%s], "originalLanguage": "es", "esTitle": "%s",
				 "esSummary": "Acompañamiento a familias migrantes en tránsito.",
				 "esWhy": "Reduce la separación familiar.", "esHow": "Aporta al objetivo 7 del PMM.",
				 "sessions": [3], "objectives": [7], "targetGroups": ["CHILDREN"], "periodFrom": 2016,
				 "version": %d}""".formatted(countries, title, version);
	}

	static MockHttpServletRequestBuilder sent(MockHttpServletRequestBuilder request, String body) {
		return request.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	JsonNode read(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void aCountryWritesAndSubmitsAPracticeItsSecretariatReturnsAndThenPublishesIt() throws Exception {
		String title = "Programa API de acogida " + UUID.randomUUID();
		JsonNode draft = read(mvc.perform(sent(post("/api/v1/practices"), practice(title, "\"MX\"", 0))
			.with(as("fp-mexico")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.conference").value("CRM"))
			.andExpect(jsonPath("$.texts.es.title").value(title)));
		String id = draft.get("id").asString();
		String address = "/api/v1/practices/" + id;
		assertThat(mvc.perform(get(address).with(as("fp-mexico"))).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		// a draft is its country's and its secretariat's: unknown to everyone else
		mvc.perform(get(address)).andExpect(status().isNotFound());
		mvc.perform(get(address).with(as("fp-panama"))).andExpect(status().isNotFound());
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
				"select count(*) from audit_entry where entity_id = ? and action = 'CREATE'", Long.class, id) == 1);

		long version = draft.get("version").asLong();
		mvc.perform(sent(put(address), practice(title + " (corregido)", "\"MX\"", version)).with(as("fp-mexico")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.texts.es.title").value(title + " (corregido)"));
		mvc.perform(sent(put(address), practice(title + " (otra)", "\"MX\"", version)).with(as("fp-mexico")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(org.hamcrest.Matchers.greaterThan((int) version)));

		mvc.perform(post(address + "/submit").with(csrf()).with(as("fp-mexico")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
		long now = read(mvc.perform(get(address).with(as("fp-mexico")))).get("version").asLong();
		mvc.perform(sent(put(address), practice(title, "\"MX\"", now)).with(as("fp-mexico")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("practices.error.notEditable"));

		// the review: the CRM's secretariat, with a note to return it
		mvc.perform(sent(post(address + "/request-changes"), "{\"note\": \"Añadan resultados\"}").with(as("st-csm")))
			.andExpect(status().isForbidden());
		mvc.perform(sent(post(address + "/request-changes"), "{\"note\": \" \"}").with(as("st-crm"))
			.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("practices.error.noteRequired"));
		mvc.perform(sent(post(address + "/request-changes"), "{\"note\": \"Añadan resultados\"}").with(as("st-crm")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CHANGES_REQUESTED"))
			.andExpect(jsonPath("$.reviewNote").value("Añadan resultados"));
		mvc.perform(post(address + "/submit").with(csrf()).with(as("fp-mexico"))).andExpect(status().isOk());
		mvc.perform(post(address + "/accept").with(csrf()).with(as("fp-mexico"))).andExpect(status().isForbidden());
		mvc.perform(post(address + "/accept").with(csrf()).with(as("st-crm")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
		mvc.perform(post(address + "/accept").with(csrf()).with(as("st-crm")))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("practices.error.notUnderReview"));

		// published: everybody reads it, and the catalogue lists it
		mvc.perform(get(address)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
		mvc.perform(get("/api/v1/practices").param("size", "100").param("country", "MX"))
			.andExpect(header().exists("X-Total-Count"))
			.andExpect(jsonPath("$[?(@.id == '" + id + "')]").isNotEmpty());
	}

	@Test
	void refusesWhatTheFormRefusesAsProblemReportsStoringNothing() throws Exception {
		String body = practice("Práctica rechazada " + UUID.randomUUID(), "\"MX\"", 0);
		storingNothingIn("practice", sent(post("/api/v1/practices"), body)).andExpect(status().isUnauthorized());
		storingNothingIn("practice", sent(post("/api/v1/practices"), body).with(as("observer-oim")))
			.andExpect(status().isForbidden());
		storingNothingIn("practice", sent(post("/api/v1/practices"),
				practice("Práctica ajena " + UUID.randomUUID(), "\"PA\"", 0)).with(as("fp-mexico")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("practices.error.ownCountry"));
		storingNothingIn("practice", sent(post("/api/v1/practices"),
				"{\"countries\": [], \"originalLanguage\": \"es\", \"sessions\": [], \"periodFrom\": 2016}")
			.with(as("fp-mexico")).header("Accept-Language", "pt"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.field == 'countries')].code").value("practices.error.countries"))
			.andExpect(jsonPath("$.errors[?(@.field == 'sessions')].code").value("practices.error.sessions"))
			.andExpect(jsonPath("$.errors[?(@.field == 'esTitle')]").isNotEmpty());
		storingNothingIn("practice", sent(post("/api/v1/practices"), body.replace("\"periodFrom\": 2016",
				"\"periodFrom\": 1800")).with(as("fp-mexico")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("periodFrom"));
		String unknown = "/api/v1/practices/" + UUID.randomUUID();
		mvc.perform(get(unknown)).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("practices.error.notFound"));
		mvc.perform(post(unknown + "/accept").with(csrf()).with(as("fp-mexico"))).andExpect(status().isNotFound());
		mvc.perform(sent(put(unknown), body).with(as("fp-mexico"))).andExpect(status().isNotFound());
	}
}

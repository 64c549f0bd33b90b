package org.puente.glossary;

import java.time.Duration;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Terms and countries' definitions written through the API (apitwins21; before, only on the glossary's pages): what
 * a secretariat's script does with a consultation's results, refused as the pages refuse. The terms made here are
 * removed after each test (with their definitions), so the glossary other tests read and count stays the demo's.
 */
@PuenteTest
class GlossaryWriteApiTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	final String label = "Término por la API " + UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void forgetTheTerms() {
		jdbc.update("delete from glossary_term where label_es like 'Término por la API %'");
	}

	MockHttpServletRequestBuilder sent(String path, @Nullable String who, String body, String language) {
		var request = post(path).with(csrf()).contentType("application/json").content(body)
			.header("Accept-Language", language);
		return who == null ? request : request.with(as(who));
	}

	ResultActions posted(String path, @Nullable String who, String body, String language) throws Exception {
		return mvc.perform(sent(path, who, body, language));
	}

	String term(String es) {
		return """
				{"label": {"es": "%s", "en": "Term by the API"}, "synonyms": {"es": "sinónimo uno\\nsinónimo dos"},
				 "note": "Del cuestionario de 2026."}""".formatted(es);
	}

	static final String DEFINITION = """
			{"countryIso2": "PA", "language": "es", "text": "Persona que llega de fuera de la región.",
			 "source": "Decreto Ejecutivo 3 de 2008", "sourceLanguage": ""}""";

	@Test
	void aSecretariatsScriptAddsATermAndACountrysDefinitionOfIt() throws Exception {
		var created = posted("/api/v1/glossary/terms", "st-crm", term(label), "es")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.labels.es").value(label))
			.andExpect(jsonPath("$.synonyms.es").value(contains("sinónimo uno", "sinónimo dos")))
			.andReturn().getResponse();
		String slug = JsonPath.read(created.getContentAsString(), "$.slug");
		String term = created.getHeader("Location");
		assertThat(term).isEqualTo("/api/v1/glossary/terms/" + slug);
		mvc.perform(get(term)).andExpect(status().isOk()).andExpect(jsonPath("$.labels.en").value("Term by the API"));

		var recorded = posted(term + "/definitions", "st-csm", DEFINITION, "es")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.country").value("PA"))
			.andExpect(jsonPath("$.source").value("Decreto Ejecutivo 3 de 2008"))
			.andExpect(jsonPath("$.sourceLanguage").value("es"))
			.andReturn().getResponse();
		String id = JsonPath.read(recorded.getContentAsString(), "$.id");
		String definition = recorded.getHeader("Location");
		assertThat(definition).isEqualTo(term + "/definitions/" + id);
		mvc.perform(get(definition).with(as("observer-oim")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.text").value("Persona que llega de fuera de la región."));
		mvc.perform(get(term + "/definitions").with(as("fp-panama")))
			.andExpect(jsonPath("$[*].id", hasItem(id)));
		String termId = jdbc.queryForObject("select id::text from glossary_term where slug = ?", String.class, slug);
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
				"select count(*) from audit_entry where entity_id in (?, ?) and action = 'CREATE'", Long.class,
				termId, id) == 2);
	}

	@Test
	void refusesWhatTheGlossaryPagesRefuseInTheCallersLanguage() throws Exception {
		storingNothingIn("glossary_term", sent("/api/v1/glossary/terms", null, term(label), "es"))
			.andExpect(status().isUnauthorized());
		for (String who : new String[] { "fp-panama", "observer-oim" }) {
			storingNothingIn("glossary_term", sent("/api/v1/glossary/terms", who, "{}", "es"))
				.andExpect(status().isForbidden());
		}
		storingNothingIn("glossary_term", sent("/api/v1/glossary/terms", "st-crm", "{\"note\": \"Sin nombre\"}", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("label"))
			.andExpect(jsonPath("$.errors[0].message").value("Write the term in at least one language."));
		String slug = JsonPath.read(posted("/api/v1/glossary/terms", "st-crm", term(label), "es")
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.slug");
		storingNothingIn("glossary_term", sent("/api/v1/glossary/terms", "st-csm", term(label.toUpperCase()), "en"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("glossary.term.duplicate"));

		String definitions = "/api/v1/glossary/terms/" + slug + "/definitions";
		storingNothingIn("glossary_country_definition", sent(definitions, "fp-panama", DEFINITION, "es"))
			.andExpect(status().isForbidden());
		storingNothingIn("glossary_country_definition", sent(definitions, "st-crm",
				"{\"language\": \"es\", \"text\": \" \"}", "pt"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("countryIso2", "text", "source")));
		for (String who : new String[] { "st-crm", "observer-oim" }) {
			posted("/api/v1/glossary/terms/no-existe-" + UUID.randomUUID() + "/definitions", who, DEFINITION, "es")
				.andExpect(status().isNotFound());
		}
		mvc.perform(get(definitions + "/" + UUID.randomUUID()).header("Accept-Language", "fr").with(as("st-crm")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Ce terme n’a pas cette définition de pays."));
	}
}

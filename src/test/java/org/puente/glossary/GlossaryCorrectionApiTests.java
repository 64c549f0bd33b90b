package org.puente.glossary;

import java.time.Duration;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A term corrected through the API (texts21; before, only on its edit form): against the version read, refused as the
 * form refuses — 403 for focal points and observers before the body, each mistake on its field, an unknown term 404
 * for everyone, a version overtaken or another term's label 409. The terms made here are removed after each test.
 */
@PuenteTest
class GlossaryCorrectionApiTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	final String label = "Término corregido por la API " + UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void forgetTheTerms() {
		jdbc.update("delete from glossary_term where label_es like 'Término corregido por la API %'");
	}

	ResultActions sent(boolean creating, String path, String who, String body, String language) throws Exception {
		var request = creating ? post(path) : put(path);
		return mvc.perform(request.with(csrf()).contentType("application/json").content(body)
			.header("Accept-Language", language).with(as(who)));
	}

	/** A term added by the script: its address. */
	String added(String es) throws Exception {
		return sent(true, "/api/v1/glossary/terms", "st-crm", "{\"label\": {\"es\": \"" + es + "\"}}", "es")
			.andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(0))
			.andReturn().getResponse().getHeader("Location");
	}

	static String correction(String es, long version) {
		return """
				{"label": {"es": "%s", "en": "Term corrected by the API"}, "synonyms": {"pt": "termo corrigido"},
				 "note": "Corregido tras la consulta.", "version": %d}""".formatted(es, version);
	}

	@Test
	void aSecretariatsScriptCorrectsATermAgainstTheVersionItRead() throws Exception {
		String term = added(label);
		sent(false, term, "st-csm", correction(label, 0), "es")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.labels.en").value("Term corrected by the API"))
			.andExpect(jsonPath("$.synonyms.pt").value(contains("termo corrigido")))
			.andExpect(jsonPath("$.note").value("Corregido tras la consulta."))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(get(term)).andExpect(status().isOk())
			.andExpect(jsonPath("$.labels.es").value(label))
			.andExpect(jsonPath("$.labels.en").value("Term corrected by the API"));
		String id = jdbc.queryForObject("select id::text from glossary_term where label_es = ?", String.class, label);
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
				"select count(*) from audit_entry where entity_id = ? and action = 'UPDATE'", Long.class, id) == 1);
	}

	@Test
	void refusesWhatTheTermFormRefusesInTheCallersLanguage() throws Exception {
		String term = added(label);
		mvc.perform(put(term).with(csrf()).contentType("application/json").content(correction(label, 0)))
			.andExpect(status().isUnauthorized());
		for (String who : new String[] { "fp-panama", "observer-oim" }) {
			sent(false, term, who, "{}", "es").andExpect(status().isForbidden());
		}
		sent(false, term, "st-crm", "{\"note\": \"Sin nombre\"}", "en")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(contains("label", "version")))
			.andExpect(jsonPath("$.errors[0].message").value("Write the term in at least one language."));
		for (String who : new String[] { "st-crm", "fp-panama" }) {
			sent(false, "/api/v1/glossary/terms/no-existe-" + UUID.randomUUID(), who, correction(label, 0), "es")
				.andExpect(status().isNotFound());
		}
		// another term's label, whatever its case: the glossary holds each label once
		String other = label + " bis";
		added(other);
		sent(false, term, "st-crm", correction(other.toUpperCase(), 0), "es")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("glossary.term.duplicate"));

		// two secretariats correct from the same reading: the second is told the version and values now
		sent(false, term, "st-csm", correction(label, 0), "es").andExpect(status().isOk());
		sent(false, term, "st-crm", correction(label + " (otra)", 0), "fr")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(1))
			.andExpect(jsonPath("$.changedBy").exists());
		assertThat(jdbc.queryForList("select label_es from glossary_term where label_es like ?", String.class,
				label + "%")).containsExactlyInAnyOrder(label, other);
		assertThat(JsonPath.<String>read(mvc.perform(get(term)).andReturn().getResponse().getContentAsString(),
				"$.labels.en")).isEqualTo("Term corrected by the API");
	}
}

package org.puente.agreements;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A ministry's script reports an agreement's progress through the API (walk of the API, finding 24) with the page's
 * rules: a focal point of a responsible party or the secretariat, a note or a status, a web link as evidence, the
 * version as last read; the refusals are problem reports in the caller's language.
 */
@PuenteTest
class AgreementProgressApiTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	MockHttpServletRequestBuilder report(Object id, String json, String language) {
		return post("/api/v1/agreements/" + id + "/progress").header("Accept-Language", language)
			.contentType(MediaType.APPLICATION_JSON).content(json);
	}

	@Test
	void aResponsiblePartyReportsProgressWithThePagesRules() throws Exception {
		Map<String, Object> item = jdbc.queryForMap(
				"select id, version from agreement where text like 'Chile y Panamá presentarán%' limit 1");
		Object id = item.get("id");
		long version = ((Number) item.get("version")).longValue();
		// nothing to report, a link that is none: 422 with the page's sentences, nothing stored
		storingNothingIn("agreement_update", report(id, "{\"version\": " + version + ", \"note\": \" \"}", "pt")
			.with(as("fp-panama")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("agreements.update.empty"));
		storingNothingIn("agreement_update", report(id, "{\"version\": " + version
				+ ", \"note\": \"Apresentação preparada.\", \"evidenceUrl\": \"www.example.org/a.pdf\"}", "pt")
			.with(as("fp-panama")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("O link para a evidência deve começar por http:// ou https://."));
		storingNothingIn("agreement_update", report(id, "{\"note\": \"Sin versión\"}", "en").with(as("fp-panama")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.400.missing"));
		// reported: 201, the agreement with its new status and version, the report in the list
		mvc.perform(report(id, "{\"version\": " + version + ", \"note\": \"Presentación preparada por script.\", "
				+ "\"evidenceUrl\": \"https://example.org/presentacion.pdf\", \"status\": \"IN_PROGRESS\"}", "es")
			.with(as("fp-panama")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/agreements/" + id + "/progress"))
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.version").value(version + 1));
		mvc.perform(get("/api/v1/agreements/" + id + "/progress"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].note", hasItem("Presentación preparada por script.")))
			.andExpect(jsonPath("$[*].statusTo", hasItem("IN_PROGRESS")))
			.andExpect(header().exists("X-Total-Count"));
		// the same version again: someone reported since, and the version now is said
		storingNothingIn("agreement_update", report(id, "{\"version\": " + version + ", \"note\": \"Otra vez\"}", "fr")
			.with(as("fp-panama")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("agreements.update.conflict"))
			.andExpect(jsonPath("$.currentVersion").value(version + 1));
	}

	@Test
	void onlyTheSecretariatOrAResponsiblePartyMayReport() throws Exception {
		Map<String, Object> item = jdbc.queryForMap("select a.id, a.version from agreement a where not exists "
				+ "(select 1 from agreement_party p where p.agreement_id = a.id and p.responsible "
				+ "and p.entity_id in ('country:PA', 'role:PPT-CRM', 'role:PPT-CSM')) limit 1");
		String body = "{\"version\": " + item.get("version") + ", \"note\": \"No es nuestro.\"}";
		storingNothingIn("agreement_update", report(item.get("id"), body, "en").with(as("fp-panama")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("agreements.update.forbidden"));
		storingNothingIn("agreement_update", report(item.get("id"), body, "en").with(as("observer-oim")))
			.andExpect(status().isForbidden());
		// no credentials: asked to sign in, not the CSRF check's 403
		storingNothingIn("agreement_update", report(item.get("id"), body, "en")).andExpect(status().isUnauthorized());
		mvc.perform(report("00000000-0000-0000-0000-000000000000", body, "pt").with(as("fp-panama")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("agreements.notFound"));
		mvc.perform(get("/api/v1/agreements/00000000-0000-0000-0000-000000000000/progress"))
			.andExpect(status().isNotFound());
	}
}

package org.puente.drafting;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An amendment decided through the API (apitwins21; before, only the text page's form decided, one by one): the
 * secretariats' script at a round's close, refused as the page refuses — 403 for who may not decide, before the body;
 * a missing outcome or version named; an unknown amendment 404; a decision on a version overtaken 409.
 */
@PuenteTest
class AmendmentDecisionApiTests extends DraftingTestSupport {

	ResultActions api(String method, String path, String who, String body, String language) throws Exception {
		var request = method.equals("GET") ? get(path) : post(path).with(csrf()).contentType("application/json")
			.content(body);
		return mvc.perform(request.header("Accept-Language", language).with(as(who)));
	}

	String proposed(String body) throws Exception {
		return api("POST", "/api/v1/drafting/paragraphs/" + paragraphs.get(1) + "/amendments", "fp-mexico", body, "es")
			.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
	}

	static final String REPLACE = """
			{"kind": "REPLACE", "original": "retorno digno", "replacement": "retorno digno y sostenible",
			 "reason": "OIM.", "proponent": "MX", "seenRevision": 1}""";

	@Test
	void aSecretariatsScriptAcceptsAProposalAndItsParagraphChanges() throws Exception {
		String amendment = proposed(REPLACE);
		long version = ((Number) com.jayway.jsonpath.JsonPath.read(api("GET", amendment, "st-crm", "", "es")
			.andReturn().getResponse().getContentAsString(), "$.amendment.version")).longValue();

		api("POST", amendment + "/decision", "st-crm", """
				{"outcome": "ACCEPTED", "version": %d, "meetingTitle": "  Plenaria de cierre  ",
				 "note": "Acordado por consenso."}""".formatted(version), "en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.amendment.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.amendment.decisionMeeting").value("Plenaria de cierre"))
			.andExpect(jsonPath("$.amendment.version").value(version + 1));
		api("GET", "/api/v1/drafting/texts/" + text, "observer-oim", "", "es")
			.andExpect(jsonPath("$.paragraphs[1].body").value("Segundo párrafo con el retorno digno y sostenible de las "
					+ "personas."));
		String id = amendment.substring(amendment.lastIndexOf('/') + 1);
		assertThat(jdbc.queryForObject("select decision_note from drafting_amendment where id = ?::uuid", String.class,
				id)).isEqualTo("Acordado por consenso.");
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
				"select count(*) from audit_entry where entity_id = ? and action = 'TRANSITION'", Long.class, id) == 1);
	}

	@Test
	void refusesWhatTheTextPageRefusesInTheCallersLanguage() throws Exception {
		String amendment = proposed(REPLACE);
		String decision = amendment + "/decision";
		String rejected = "{\"outcome\": \"REJECTED\", \"version\": 0}";
		mvc.perform(post(decision).with(csrf()).contentType("application/json").content(rejected))
			.andExpect(status().isUnauthorized());
		for (String who : new String[] { "fp-mexico", "observer-oim" }) {
			api("POST", decision, who, "{}", "es").andExpect(status().isForbidden());
		}
		api("POST", decision, "st-crm", "{\"note\": \"Sin decisión.\"}", "en")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(contains("outcome", "version")))
			.andExpect(jsonPath("$.errors[0].message").value("The value “outcome” is missing."));
		api("POST", decision, "st-crm", "{\"outcome\": \"PROPOSED\", \"version\": 0}", "pt")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("drafting.decision.notAnOutcome"));
		// an unknown amendment is unknown to everyone, those who may not decide included
		for (String who : new String[] { "st-crm", "fp-mexico" }) {
			api("POST", "/api/v1/drafting/amendments/" + UUID.randomUUID() + "/decision", who, rejected, "en")
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.detail").value("That amendment does not exist."));
		}
		assertThat(jdbc.queryForList("select status from drafting_amendment where text_id = ?", String.class, text))
			.containsExactly("PROPOSED");

		// two secretariats decide from the same reading: the second is told the version now, and nothing changes
		api("POST", decision, "st-csm", rejected, "es").andExpect(status().isOk());
		api("POST", decision, "st-crm", "{\"outcome\": \"ACCEPTED\", \"version\": 0}", "fr")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(1));
		api("GET", amendment, "st-crm", "", "es").andExpect(jsonPath("$.amendment.status").value("REJECTED"));
		assertThat(jdbc.queryForObject("select body from drafting_paragraph where id = ?", String.class,
				paragraphs.get(1))).isEqualTo("Segundo párrafo con el retorno digno de las personas.");
	}
}

package org.puente.experts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A nomination round through the API: a member state proposes, its conference agrees, the presidency approves the
 * list; withdrawing, and every refusal of the page, as problem reports.
 */
@PuenteTest
class NominationApiTests extends ExpertsTestSupport {

	@Autowired
	ObjectMapper json;

	static MockHttpServletRequestBuilder posted(String path, String body) {
		return post(path).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	static String proposal(int session, String conference, String country, UUID expert) {
		return """
				{"session": %d, "conference": "%s", "country": "%s", "expertId": "%s"}"""
			.formatted(session, conference, country, expert);
	}

	JsonNode body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void aCountryProposesItsConferenceAgreesAndThePresidencyApprovesTheList() throws Exception {
		UUID round = openRound(LocalDate.now().plusDays(10));
		UUID expert = expert("CL");
		var created = mvc.perform(posted("/api/v1/experts/rounds/" + round + "/nominations",
				proposal(4, "CSM", "CL", expert)).with(as("fp-chile")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.roundId").value(round.toString()))
			.andExpect(jsonPath("$.nomination.status").value("PROPOSED"))
			.andExpect(jsonPath("$.nomination.expertId").value(expert.toString()));
		JsonNode proposed = body(created);
		String nomination = proposed.get("nomination").get("id").asString();
		long version = proposed.get("nomination").get("version").asLong();
		// the Location is the nomination's own address (it was its round's: apigaps20), which anyone signed in reads as
		// the round's page; an unknown one is a 404 for everyone, the anonymous sent to sign in
		String location = "/api/v1/experts/nominations/" + nomination;
		assertThat(created.andReturn().getResponse().getHeader("Location")).isEqualTo(location);
		mvc.perform(get(location).with(as("observer-oim")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roundId").value(round.toString()))
			.andExpect(jsonPath("$.nomination.id").value(nomination))
			.andExpect(jsonPath("$.nomination.status").value("PROPOSED"))
			.andExpect(jsonPath("$.nomination.version").value(version));
		mvc.perform(get(location)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/experts/nominations/" + UUID.randomUUID()).header("Accept-Language", "en")
			.with(as("fp-panama")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("experts.nomination.notFound"));
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
				"select count(*) from audit_entry where entity_id = ? and action = 'CREATE'", Long.class,
				nomination) == 1);
		mvc.perform(get("/api/v1/experts/rounds/" + round).with(as("observer-oim")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.pending").value(1))
			.andExpect(jsonPath("$.sessions[0].conferences[1].nominations[0].id").value(nomination));
		mvc.perform(get("/api/v1/experts/rounds").with(as("fp-chile")).param("size", "100"))
			.andExpect(header().exists("X-Total-Count"))
			.andExpect(jsonPath("$[?(@.id == '" + round + "')]").isNotEmpty());

		// only the CSM's secretariat decides on the CSM's nominee, against the version it read
		String agree = "{\"outcome\": \"AGREED\", \"version\": %d}";
		mvc.perform(posted("/api/v1/experts/nominations/" + nomination + "/decision", agree.formatted(version))
			.with(as("st-crm")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("experts.forbidden.decide"));
		mvc.perform(posted("/api/v1/experts/nominations/" + nomination + "/decision", agree.formatted(version + 3))
			.with(as("st-csm")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(version));
		mvc.perform(posted("/api/v1/experts/nominations/" + nomination + "/decision", agree.formatted(version))
			.with(as("st-csm")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nomination.status").value("AGREED"));

		long roundVersion = body(mvc.perform(get("/api/v1/experts/rounds/" + round).with(as("st-csm"))))
			.get("version").asLong();
		mvc.perform(posted("/api/v1/experts/rounds/" + round + "/approve",
				"{\"conference\": \"CSM\", \"version\": %d}".formatted(roundVersion)).with(as("fp-panama")))
			.andExpect(status().isForbidden());
		mvc.perform(posted("/api/v1/experts/rounds/" + round + "/approve",
				"{\"conference\": \"CSM\", \"version\": %d}".formatted(roundVersion)).with(as("st-csm")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.approvedCsmOn").isNotEmpty())
			.andExpect(jsonPath("$.approvedCrmOn").isEmpty());
		// the list being approved, no nominee changes any more
		mvc.perform(posted("/api/v1/experts/nominations/" + nomination + "/withdraw", "").with(as("fp-chile")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("experts.round.approved"));
	}

	@Test
	void refusesWhatThePageRefusesAsProblemReportsInTheCallersLanguage() throws Exception {
		UUID round = openRound(LocalDate.now().plusDays(10));
		UUID expert = expert("CL");
		String path = "/api/v1/experts/rounds/" + round + "/nominations";
		storingNothingIn("experts_nomination", posted(path, proposal(4, "CSM", "CL", expert)))
			.andExpect(status().isUnauthorized());
		storingNothingIn("experts_nomination", posted(path, "{}").with(as("observer-oim")))
			.andExpect(status().isForbidden());
		storingNothingIn("experts_nomination", posted(path, proposal(4, "CSM", "CL", expert)).with(as("fp-panama")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("experts.forbidden.propose"));
		storingNothingIn("experts_nomination", posted(path, "{\"conference\": \"CSM\"}").with(as("fp-chile"))
			.header("Accept-Language", "pt"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("session", "country",
					"expertId")));
		storingNothingIn("experts_nomination", posted(path, proposal(6, "CSM", "CL", expert)).with(as("fp-chile")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("experts.propose.sessionNotInRound"));
		mvc.perform(posted("/api/v1/experts/rounds/" + UUID.randomUUID() + "/nominations",
				proposal(4, "CSM", "CL", expert)).with(as("fp-chile")))
			.andExpect(status().isNotFound());

		String nomination = body(mvc.perform(posted(path, proposal(4, "CSM", "CL", expert)).with(as("fp-chile")))
			.andExpect(status().isCreated())).get("nomination").get("id").asString();
		storingNothingIn("experts_nomination", posted(path, proposal(4, "CSM", "CL", expert)).with(as("fp-chile")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("experts.refused.twice"));
		mvc.perform(posted("/api/v1/experts/nominations/" + nomination + "/decision",
				"{\"outcome\": \"MAYBE\", \"version\": 0}").with(as("st-csm")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("experts.decide.outcome"));
		mvc.perform(posted("/api/v1/experts/nominations/" + nomination + "/withdraw", "").with(as("observer-oim")))
			.andExpect(status().isForbidden());
		mvc.perform(posted("/api/v1/experts/nominations/" + nomination + "/withdraw", "").with(as("fp-chile")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nomination.status").value("WITHDRAWN"));
		mvc.perform(posted("/api/v1/experts/nominations/" + nomination + "/withdraw", "").with(as("fp-chile")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("experts.withdraw.notActive"));
		mvc.perform(posted("/api/v1/experts/nominations/" + UUID.randomUUID() + "/withdraw", "")
			.with(as("fp-chile"))).andExpect(status().isNotFound());
	}
}

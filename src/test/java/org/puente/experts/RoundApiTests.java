package org.puente.experts;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.puente.experts.NominationApiTests.posted;
import static org.puente.experts.NominationApiTests.proposal;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A nomination round opened through the API (apitwins21; before, a script could nominate only in a round someone had
 * opened on the page): the rounds page's form and its checks, its audit entry, 403 for whoever the page refuses.
 */
@PuenteTest
class RoundApiTests extends ExpertsTestSupport {

	static String round(String title, String sessions, int quota, LocalDate deadline) {
		return """
				{"title": "%s", "sessions": [%s], "quota": %d, "deadline": "%s"}"""
			.formatted(title, sessions, quota, deadline);
	}

	/** What a secretariat's script does: open the round, read it where Location says, then a country nominates in it. */
	@Test
	void aSecretariatOpensARoundAndACountryNominatesInItAllThroughTheApi() throws Exception {
		String title = "Ronda abierta por la API " + UUID.randomUUID();
		LocalDate deadline = LocalDate.now().plusDays(12);
		var opened = mvc.perform(posted("/api/v1/experts/rounds", round(title, "4, 5", 2, deadline))
			.header("Accept-Language", "pt").with(as("st-crm")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value(title))
			.andExpect(jsonPath("$.titleLanguage").value("pt"))
			.andExpect(jsonPath("$.sessionNumbers").value(contains(4, 5)))
			.andExpect(jsonPath("$.quota").value(2))
			.andExpect(jsonPath("$.deadline").value(deadline.toString()))
			.andExpect(jsonPath("$.open").value(true))
			.andReturn().getResponse();
		String location = opened.getHeader("Location");
		String id = com.jayway.jsonpath.JsonPath.read(opened.getContentAsString(), "$.id");
		assertThat(location).isEqualTo("/api/v1/experts/rounds/" + id);
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
				"select count(*) from audit_entry where entity_id = ? and action = 'CREATE'", Long.class, id) == 1);
		mvc.perform(get(location).with(as("observer-oim")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value(title))
			.andExpect(jsonPath("$.version").value(0));

		UUID expert = expert("CL");
		String nomination = mvc.perform(posted(location + "/nominations", proposal(5, "CSM", "CL", expert))
			.with(as("fp-chile")))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getHeader("Location");
		mvc.perform(get(nomination).with(as("st-crm")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roundId").value(id))
			.andExpect(jsonPath("$.nomination.expertId").value(expert.toString()))
			.andExpect(jsonPath("$.nomination.status").value("PROPOSED"));
	}

	/** Refused as the page refuses: who may not open one before what they sent, then each mistake on its field. */
	@Test
	void refusesWhatTheRoundsPageRefusesInTheCallersLanguage() throws Exception {
		String good = round("Ronda rechazada " + UUID.randomUUID(), "4", 3, LocalDate.now().plusDays(5));
		storingNothingIn("experts_round", posted("/api/v1/experts/rounds", good)).andExpect(status().isUnauthorized());
		storingNothingIn("experts_round", posted("/api/v1/experts/rounds", "{}").with(as("fp-chile")))
			.andExpect(status().isForbidden());
		storingNothingIn("experts_round", posted("/api/v1/experts/rounds", good).with(as("observer-oim")))
			.andExpect(status().isForbidden());

		storingNothingIn("experts_round", posted("/api/v1/experts/rounds", "{\"quota\": 30}")
			.header("Accept-Language", "en").with(as("st-csm")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(contains("title", "sessions", "quota", "deadline")))
			.andExpect(jsonPath("$.errors[0].message").value("“Round”: this is required."))
			.andExpect(jsonPath("$.errors[2].message")
				.value("The quota runs from 1 to 20 experts per session and conference."));
		storingNothingIn("experts_round", posted("/api/v1/experts/rounds",
				round("Ronda vencida", "4", 3, LocalDate.now().minusDays(3))).with(as("st-csm")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(contains("deadline")));
		storingNothingIn("experts_round", posted("/api/v1/experts/rounds",
				round("Ronda sin sesión", "9", 3, LocalDate.now().plusDays(3))).header("Accept-Language", "fr")
			.with(as("st-csm")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("experts.round.sessionsRequired"));

		mvc.perform(get("/api/v1/experts/rounds/" + UUID.randomUUID()).header("Accept-Language", "en")
			.with(as("st-crm")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("That round does not exist."));
	}
}

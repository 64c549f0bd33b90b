package org.puente.experts;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.puente.experts.NominationApiTests.posted;
import static org.puente.experts.NominationApiTests.proposal;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The roster written through the API (apitwins21): an expert added as the "new expert" form adds one, corrected
 * against the version read, read back where Location says; refused as the pages refuse, in the caller's language.
 */
@PuenteTest
class RosterApiTests extends ExpertsTestSupport {

	static String entry(String name, String affiliation) {
		return """
				{"fullName": "%s", "email": "%s@example.org", "affiliation": "%s", "country": "CL",
				 "languages": ["es", "en"], "sessions": [4, 5], "objectives": [19], "bio": "Investiga migraciones.",
				 "links": "https://example.org/a https://example.org/b", "gender": "FEMALE",
				 "consentListed": true, "consentShareUn": true, "consentOn": "2026-01-05"}"""
			.formatted(name, name.toLowerCase().replaceAll("[^a-z0-9]", "."), affiliation);
	}

	static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder changed(String path, String body,
			long version) {
		return put(path).with(csrf()).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content(body.replace("{", "{\"version\": " + version + ", "));
	}

	/** A focal point's script adds an expert, nominates them in a round, corrects the entry; a second script is late. */
	@Test
	void aFocalPointAddsAnExpertNominatesThemAndCorrectsTheEntry() throws Exception {
		String name = "Experta por la API " + UUID.randomUUID();
		var added = mvc.perform(posted("/api/v1/experts", entry(name, "Universidad de Chile")).with(as("fp-chile")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.fullName").value(name))
			.andExpect(jsonPath("$.links").value(hasItems("https://example.org/a", "https://example.org/b")))
			.andExpect(jsonPath("$.region").value("SOUTH_AMERICA"))
			.andExpect(jsonPath("$.mayEdit").value(true))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn().getResponse();
		String id = JsonPath.read(added.getContentAsString(), "$.id");
		String location = added.getHeader("Location");
		assertThat(location).isEqualTo("/api/v1/experts/" + id);
		// an observer reads a consented expert as the page shows them: without the e-mail address
		mvc.perform(get(location).with(as("observer-oim")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fullName").value(name))
			.andExpect(jsonPath("$.email").doesNotExist())
			.andExpect(jsonPath("$.mayEdit").value(false));

		UUID round = openRound(LocalDate.now().plusDays(10));
		mvc.perform(posted("/api/v1/experts/rounds/" + round + "/nominations", proposal(4, "CSM", "CL",
				UUID.fromString(id))).with(as("fp-chile")))
			.andExpect(status().isCreated());

		String corrected = entry(name, "Pontificia Universidad Católica de Chile");
		mvc.perform(changed(location, corrected, 0).with(as("fp-chile")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.affiliation").value("Pontificia Universidad Católica de Chile"))
			.andExpect(jsonPath("$.version").value(1));
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForList(
				"select action from audit_entry where entity_id = ?", String.class, id).containsAll(
						java.util.List.of("CREATE", "UPDATE")));
		mvc.perform(changed(location, entry(name, "Otra universidad"), 0).header("Accept-Language", "en")
			.with(as("st-csm")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(1))
			.andExpect(jsonPath("$.current.affiliation").value("Pontificia Universidad Católica de Chile"))
			.andExpect(jsonPath("$.changedBy").value("fp-chile"));
		mvc.perform(get(location).with(as("st-csm")))
			.andExpect(jsonPath("$.affiliation").value("Pontificia Universidad Católica de Chile"))
			.andExpect(jsonPath("$.email").exists());
	}

	/** Who may not write the roster is refused before what they sent; then each mistake on its field. */
	@Test
	void refusesWhatTheRosterPagesRefuseInTheCallersLanguage() throws Exception {
		String name = "Experta rechazada " + UUID.randomUUID();
		storingNothingIn("experts_expert", posted("/api/v1/experts", entry(name, "U"))).andExpect(status().isUnauthorized());
		storingNothingIn("experts_expert", posted("/api/v1/experts", "{}").with(as("observer-oim")))
			.andExpect(status().isForbidden());
		storingNothingIn("experts_expert", posted("/api/v1/experts", "{\"country\": \"CL\"}")
			.header("Accept-Language", "en").with(as("st-crm")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("fullName", "email", "affiliation", "bio")))
			.andExpect(jsonPath("$.errors[*].message").value(hasItem("“Full name”: this is required.")));

		String location = mvc.perform(posted("/api/v1/experts", entry(name, "U")).with(as("fp-chile")))
			.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		storingNothingIn("experts_expert", posted("/api/v1/experts", entry(name, "U")).with(as("st-crm")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("experts.duplicate"));
		mvc.perform(changed(location, entry(name, "Otra"), 0).header("Accept-Language", "pt").with(as("fp-panama")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(
					"Só a secretaria, ou o ponto focal que registrou este especialista, pode editar a sua ficha."));
		mvc.perform(changed(location, "{\"fullName\": \"\"}", 0).with(as("fp-chile")))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get(location).with(as("fp-chile"))).andExpect(jsonPath("$.affiliation").value("U"));

		String unknown = "/api/v1/experts/" + UUID.randomUUID();
		mvc.perform(get(unknown).header("Accept-Language", "fr").with(as("st-crm")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Cet expert ne figure pas sur la liste."));
		mvc.perform(changed(unknown, entry(name, "U"), 0).with(as("st-crm"))).andExpect(status().isNotFound());
		mvc.perform(get(unknown)).andExpect(status().isNotFound());
		// an entry without consent is not an observer's to read, as its page
		UUID unlisted = roster.create(data("Experto sin consentimiento " + UUID.randomUUID(), "CL"),
				new Roster.Consent(false, false, null), account("st-crm"));
		mvc.perform(get("/api/v1/experts/" + unlisted).with(as("observer-oim"))).andExpect(status().isNotFound());
	}
}

package org.puente.web;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A problem report names its kind in {@code type}, an address of Puente's own whose page explains it in the reader's
 * language (anyone may read it, like the API documentation); the API documentation lists them.
 */
@PuenteTest
class ProblemTypeTests extends WebTestSupport {

	@Test
	void aReportsTypeIsAPuentePageThatExplainsItInTheReadersLanguage() throws Exception {
		mvc.perform(get("/api/v1/meetings/00000000-0000-0000-0000-000000000000").with(as("st-crm"))
				.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("/problems/not-found"))
			.andExpect(jsonPath("$.status").value(404));

		mvc.perform(get("/problems/validation").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("« errors » liste chaque erreur")));
		mvc.perform(get("/problems/validation").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lists each mistake with its field")));
		mvc.perform(get("/problems").param("lang", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/problems/too-many-attempts\"")));
		mvc.perform(get("/problems/no-such-kind")).andExpect(status().isNotFound());

		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/problems/validation (422)")));
	}
}

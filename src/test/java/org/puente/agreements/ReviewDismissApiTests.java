package org.puente.agreements;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.puente.agreements.ReviewApiTests.MINUTES;
import static org.puente.agreements.ReviewApiTests.upload;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review page's two "Descartar" buttons through the API (apigaps20): a suggestion judged not to be an agreement,
 * and a whole review of the wrong file — the page's services and refusals, with the review's version.
 */
@PuenteTest
class ReviewDismissApiTests extends WebTestSupport {

	/**
	 * "Descartar" beside a suggestion has its API twin (apigaps20; main answered 404, no handler): a script reads the
	 * suggestions with the parties and dates the page shows beside each, dismisses one with the version it read, and
	 * gets the review without it; refused as the page refuses — another conference's secretariat and an observer 403,
	 * a stale version 409 with currentVersion, a suggestion no longer there 404 — in the caller's language.
	 */
	@Test
	void aScriptDismissesASuggestionAsThePagesDescartarDoes() throws Exception {
		String api = mvc.perform(upload(MINUTES.replace("prueba", "descarte"), "Reunión del descarte por la API",
				"2017-06-06").with(as("st-crm")).with(csrf()))
			.andExpect(status().isCreated())
			// the parties and dates the page says beside each suggestion are in the API's suggestions too
			.andExpect(jsonPath("$.suggestions[*].responsible[*]", hasItem("country:GT")))
			.andExpect(jsonPath("$.suggestions[*].dates[*].start", hasItem("2017-07-15")))
			.andReturn().getResponse().getHeader("Location");
		String review = mvc.perform(get(api).with(as("st-crm"))).andReturn().getResponse().getContentAsString();
		List<String> suggestions = JsonPath.read(review, "$.suggestions[*].key");
		String key = suggestions.get(0);
		String dismiss = api + "/suggestions/" + key + "/dismiss";

		mvc.perform(post(dismiss).param("version", "0").with(as("observer-oim")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(dismiss).param("version", "0").header("Accept-Language", "fr").with(as("st-csm")).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", is("Seul le secrétariat de la Conférence peut réviser ce procès-verbal.")));
		mvc.perform(post("/api/v1/agreements/reviews/" + UUID.randomUUID() + "/suggestions/" + key + "/dismiss")
				.param("version", "0").with(as("observer-oim")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post(dismiss).param("version", "4").header("Accept-Language", "en").with(as("st-crm"))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code", is("agreements.review.staleAction")))
			.andExpect(jsonPath("$.currentVersion", is(0)));

		mvc.perform(post(dismiss).param("version", "0").with(as("st-crm")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version", is(1)))
			.andExpect(jsonPath("$.items", hasSize(2)))
			.andExpect(jsonPath("$.suggestions", hasSize(suggestions.size() - 1)))
			.andExpect(jsonPath("$.suggestions[*].key", not(hasItem(key))));
		mvc.perform(post(dismiss).param("version", "1").header("Accept-Language", "pt").with(as("st-crm"))
				.with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code", is("agreements.review.suggestionNotFound")));

		mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.paths['/api/v1/agreements/reviews/{id}/suggestions/{key}/dismiss'].post.responses"
					+ "['409'].content['application/problem+json'].examples.changedSince.value.currentVersion", is(3)));
	}

	/**
	 * The review page's "Descartar" of a whole review has its API twin (apigaps20; main: 404, no handler): a script
	 * that uploaded the wrong file ends the draft, and the file may be uploaded again; refused as the page refuses.
	 */
	@Test
	void aScriptDiscardsTheReviewOfAWrongFile() throws Exception {
		String text = MINUTES.replace("prueba", "equivocación");
		String api = mvc.perform(upload(text, "Reunión del archivo equivocado", "2017-06-07").with(as("st-crm"))
				.with(csrf()))
			.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		mvc.perform(upload(text, "Reunión del archivo equivocado", "2017-06-07").with(as("st-crm")).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(post(api + "/discard").param("version", "0").with(as("observer-oim")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(api + "/discard").param("version", "0").with(as("st-csm")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(api + "/discard").param("version", "2").with(as("st-crm")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion", is(0)));
		mvc.perform(post(api + "/discard").param("version", "0").with(as("st-crm")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("DISCARDED")));
		mvc.perform(post(api + "/discard").param("version", "0").header("Accept-Language", "en").with(as("st-crm"))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code", is("agreements.review.notDraft")));
		mvc.perform(upload(text, "Reunión del archivo equivocado", "2017-06-07").with(as("st-crm")).with(csrf()))
			.andExpect(status().isCreated());
	}
}

package org.puente.glossary;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The glossary in the API (walk of the API, finding 24), public as its pages: every term with its labels in the four
 * languages, one term by its slug, and an unknown slug the page's 404 in the caller's language.
 */
@PuenteTest
class GlossaryApiTests extends WebTestSupport {

	@Test
	void anyoneReadsTheTermsInTheirFourLanguages() throws Exception {
		mvc.perform(get("/api/v1/glossary/terms").param("size", "100"))
			.andExpect(status().isOk())
			.andExpect(header().exists("X-Total-Count"))
			.andExpect(jsonPath("$[*].slug", hasItem("migrante-extrarregional")))
			.andExpect(jsonPath("$[?(@.slug == 'migrante-extrarregional')].labels.es").isNotEmpty())
			.andExpect(jsonPath("$[?(@.slug == 'migrante-extrarregional')].labels.en").isNotEmpty())
			.andExpect(jsonPath("$[?(@.slug == 'migrante-extrarregional')].labels.pt").isNotEmpty())
			.andExpect(jsonPath("$[?(@.slug == 'migrante-extrarregional')].labels.fr").isNotEmpty());
		mvc.perform(get("/api/v1/glossary/terms/migrante-extrarregional"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.slug").value("migrante-extrarregional"))
			.andExpect(jsonPath("$.labels.es").value(not("")));
	}

	@Test
	void anUnknownTermIsAProblemReportInTheCallersLanguage() throws Exception {
		mvc.perform(get("/api/v1/glossary/terms/no-existe").header("Accept-Language", "pt"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("glossary.term.notFound"));
		mvc.perform(get("/api/v1/glossary/terms").param("size", "0").header("Accept-Language", "fr"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.400.range"));
	}
}

package org.puente.glossary;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.search.FilterCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.puente.PageContent.holds;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Glossary terms in the one search box, and the terms' names widening a query into the other languages. */
@PuenteTest
class GlossarySearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	GlossarySearchSource source;

	@Test
	void everyFilterNarrowsTheTermsOrLeavesThemOut() throws Exception {
		FilterCheck.everyFilter(mvc, "term", source.facets(), "migrante");
	}

	@Test
	void widensAQueryWithTheTermInTheOtherLanguagesAndSaysSo() throws Exception {
		mvc.perform(get("/api/v1/search").param("q", "migrante extrarregional"))
			.andExpect(jsonPath("$.alsoSearched", hasItems("extra-regional migrant", "migrant extrarégional")))
			.andExpect(jsonPath("$.alsoSearched", not(hasItem("migrante extrarregional"))));
		mvc.perform(get("/api/v1/search").param("q", "informe sobre Trata de Personas en 2017").param("lang", "en"))
			.andExpect(jsonPath("$.alsoSearched", hasItems("trafficking in persons", "traite des personnes")));
		// whole words only: "trata" is not in "tratado"
		mvc.perform(get("/api/v1/search").param("q", "tratado migrantes"))
			.andExpect(jsonPath("$.alsoSearched").isEmpty());
		mvc.perform(get("/search").param("q", "migrante extrarregional"))
			.andExpect(status().isOk())
			.andExpect(holds("id=\"also-searched\"", "extra-regional migrant"));
	}

	@Test
	void findsTermsInTheReadersLanguageWithMarkedEscapedSnippets() throws Exception {
		mvc.perform(get("/api/v1/search").param("q", "trafficking").param("lang", "en").param("type", "term"))
			.andExpect(jsonPath("$.results[*].url", hasItem("/glossary/trata-de-personas")))
			.andExpect(jsonPath("$.results[?(@.url == '/glossary/trata-de-personas')].title",
					hasItem("trafficking in persons")))
			.andExpect(jsonPath("$.results[?(@.url == '/glossary/trata-de-personas')].snippet",
					hasItem(containsString("<mark>trafficking</mark>"))));
	}
}

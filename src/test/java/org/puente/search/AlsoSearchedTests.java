package org.puente.search;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.web.HtmlValidityTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Also searched" names each of the glossary's equivalents once, as the thesaurus's graph reads the query (lang13):
 * the longest name wins (not the name of a word inside it too), a plural is its name's, the query's own words are
 * never listed, the reader's language comes first, and each name is marked with its own language on the page.
 */
@PuenteTest
class AlsoSearchedTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theLongestNameWinsAndTheReadersLanguageComesFirst() throws Exception {
		// "migrante" alone is another term ("migrant"): inside the longer name it is not searched, nor listed, again
		mvc.perform(get("/api/v1/search").param("q", "migrante extrarregional").param("lang", "es"))
			.andExpect(jsonPath("$.alsoSearched", contains("extra-regional migrant", "migrant extrarégional")));
		mvc.perform(get("/api/v1/search").param("q", "migrante extrarregional").param("lang", "fr"))
			.andExpect(jsonPath("$.alsoSearched", contains("migrant extrarégional", "extra-regional migrant")));
		mvc.perform(get("/api/v1/search").param("q", "extra-regional migrant").param("lang", "pt"))
			.andExpect(jsonPath("$.alsoSearched", contains("migrante extrarregional", "migrant extrarégional")));
	}

	@Test
	void aPluralIsItsNamesAndTheQuerysOwnWordIsNotListed() throws Exception {
		// the graph reads "refugiados" as "refugiado" (its plural): so does the list, without "refugiado" itself
		mvc.perform(get("/api/v1/search").param("q", "refugiados").param("lang", "es"))
			.andExpect(jsonPath("$.alsoSearched", contains("refugee", "réfugié")));
		mvc.perform(get("/api/v1/search").param("q", "retornos").param("lang", "es"))
			.andExpect(jsonPath("$.alsoSearched", contains("retorno voluntario", "voluntary return", "retour volontaire")));
		// "migrantes" is the plural of the Spanish "migrante" and of the English "migrant": both are the query's own
		mvc.perform(get("/api/v1/search").param("q", "migrantes").param("lang", "en"))
			.andExpect(jsonPath("$.alsoSearched").isEmpty());
	}

	@Test
	void eachNameIsReadInItsOwnLanguageOnThePage() throws Exception {
		String path = "/search?q=migrante+extrarregional";
		String html = mvc.perform(get(path).header("Accept-Language", "es"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		HtmlValidityTests.validPage(path, html);
		Element also = Jsoup.parse(html).getElementById("also-searched");
		assertThat(also.text()).isEqualTo("También se buscó: extra-regional migrant, migrant extrarégional");
		assertThat(also.select("span").eachAttr("lang")).containsExactly("en", "fr");
	}
}

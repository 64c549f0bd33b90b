package org.puente.agreements;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.search.FilterCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Agreements in the one search box: accentless words with the match marked, and their filters. */
@PuenteTest
class AgreementSearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgreementSearchSource source;

	@Test
	void everyFilterNarrowsTheAgreementsOrLeavesThemOut() throws Exception {
		FilterCheck.everyFilter(mvc, "agreement", source.facets(), "migrantes");
	}

	@Test
	void findsAgreementsByAccentlessWordsWithTheMatchMarked() throws Exception {
		mvc.perform(get("/api/v1/search").param("q", "reunion Bruselas").param("type", "agreement"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results[0].snippet", containsString("<mark>Bruselas</mark>")))
			.andExpect(jsonPath("$.results[0].url", startsWith("/agreements/items/")))
			.andExpect(jsonPath("$.results[0].title", startsWith("Acuerdo ")))
			.andExpect(jsonPath("$.results[0].kind").doesNotExist());
	}
}

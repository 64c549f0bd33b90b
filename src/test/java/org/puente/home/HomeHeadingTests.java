package org.puente.home;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;

import static org.puente.PageContent.holds;
import static org.puente.PageContent.lacks;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home's heading names the account without a preposition: "Accueil de OIM" is wrong French ("de l'OIM", "du
 * Panama" depend on the name), so every language reads "OIM (observador) : accueil".
 */
@PuenteTest
class HomeHeadingTests extends WebTestSupport {

	@Test
	void theHeadingNeedsNoArticleInAnyLanguage() throws Exception {
		String[][] expected = { { "fr", "OIM (observador) : accueil" }, { "es", "OIM (observador): inicio" },
				{ "pt", "OIM (observador): início" }, { "en", "OIM (observador): home" } };
		for (String[] lang : expected) {
			mvc.perform(get("/home").param("lang", lang[0]).with(as("observer-oim")))
				.andExpect(status().isOk())
				.andExpect(holds(lang[1]))
				.andExpect(lacks("Accueil de OIM", "Inicio de OIM", "Início de OIM"));
		}
	}
}

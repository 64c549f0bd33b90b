package org.puente.web;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The footer's "API" leads to a page in the reader's language (what the API is, how a script signs in, where the
 * English reference is) rather than straight to the English Swagger UI; anyone may read it.
 */
@PuenteTest
class ApiGuidePageTests extends WebTestSupport {

	@Test
	void theFootersApiLinkLeadsToAPageInTheReadersLanguage() throws Exception {
		mvc.perform(get("/").param("lang", "pt"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/about/api\""),
					not(containsString("href=\"/swagger-ui/index.html\"")))));
		mvc.perform(get("/about/api").header("Accept-Language", "pt"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Como iniciar sessão"),
					containsString("href=\"/swagger-ui/index.html\""), containsString("href=\"/problems\""),
					containsString("Swagger UI, em inglês"),
					// late walk-through #12: the raw description linked, Swagger UI said to be the developers' tool
					containsString("href=\"/v3/api-docs\""), containsString("Ferramenta dos desenvolvedores"),
					containsString("O Swagger UI não é uma página do Puente"))));
		mvc.perform(get("/about/api").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Comment se connecter")))
			// how lists are paged and how a script downloads a file, said where an integrator starts
			.andExpect(content().string(containsString("Chaque liste arrive page par page")))
			.andExpect(content().string(containsString("reçoit 401 au lieu de la page de connexion")))
			// a review's steps, a suggestion dismissed among them, and a nomination's own address (apigaps20)
			.andExpect(content().string(allOf(containsString("ajoute une suggestion ou l’écarte (…/add ou …/dismiss"),
					containsString("(sous /api/v1/experts/nominations/)"), containsString("docs/api-coverage.md"))))
			// a secretariat's own steps through the API: the round, the roster, amendments, alerts, glossary (apitwins21)
			.andExpect(content().string(allOf(containsString("il ouvre un cycle de candidatures (POST /api/v1/experts/rounds)"),
					containsString("l’adresse de l’amendement suivie de /decision"),
					containsString("(sous /api/v1/flows/alerts)"), containsString("(POST /api/v1/glossary/terms,"))))
			// a joint text pasted, translated and reworded, a term corrected (texts21)
			.andExpect(content().string(allOf(containsString("paragraphe par paragraphe (POST à l’adresse du texte, sous /api/v1/drafting/texts, suivie de /paragraphs)"),
					containsString("suivie de /translations/en, /pt ou /fr"), containsString("PUT à l’adresse du terme"))));
	}
}

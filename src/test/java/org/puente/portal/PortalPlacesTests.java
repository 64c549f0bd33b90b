package org.puente.portal;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;

import static org.puente.PageContent.holds;
import static org.puente.PageContent.lacks;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The 2017 thematic sessions' cities in the reader's language (walk 7: "Geneva, 8 may 2017" on the Spanish portal). */
@PuenteTest
class PortalPlacesTests extends WebTestSupport {

	@Test
	void namesTheSessionsCitiesInTheReadersLanguage() throws Exception {
		mvc.perform(get("/portal?lang=es")).andExpect(status().isOk())
			.andExpect(holds("Ginebra, 8 may 2017", "Nueva York, 22 may 2017", "Viena, 4 sept 2017"))
			.andExpect(lacks("Geneva", "Vienna"));
		mvc.perform(get("/portal?lang=fr")).andExpect(status().isOk()).andExpect(holds("Genève", "Vienne"));
		mvc.perform(get("/portal?lang=pt")).andExpect(status().isOk()).andExpect(holds("Genebra", "Nova York"));
		mvc.perform(get("/portal?lang=en")).andExpect(status().isOk()).andExpect(holds("Geneva", "Vienna"));
		mvc.perform(get("/portal/sessions/5?lang=es")).andExpect(status().isOk()).andExpect(holds("Viena"));
	}
}

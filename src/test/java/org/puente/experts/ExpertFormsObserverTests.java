package org.puente.experts;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.puente.PageContent.holds;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An observer who sends the roster's or a round's form (walk 8, observer-oim in French) hears that an observer may not,
 * not the form again with the mistakes in what was sent (422), as for every other change they may not make.
 */
@PuenteTest
class ExpertFormsObserverTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anObserverSendingTheExpertFormsIsRefusedWith403InTheirLanguage() throws Exception {
		mvc.perform(post("/experts").with(as("observer-oim")).with(csrf()).header("Accept-Language", "fr"))
			.andExpect(status().isForbidden())
			.andExpect(holds("<h1>Accès refusé</h1>", "Un compte d’observateur"));
		UUID round = jdbc.queryForObject("select id from experts_round limit 1", UUID.class);
		mvc.perform(post("/experts/rounds/" + round + "/nominations").with(as("observer-oim")).with(csrf())
			.header("Accept-Language", "fr"))
			.andExpect(status().isForbidden())
			.andExpect(holds("<h1>Accès refusé</h1>"));
	}
}

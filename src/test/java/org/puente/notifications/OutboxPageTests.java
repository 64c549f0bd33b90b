package org.puente.notifications;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.puente.PageContent.holds;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The development outbox page: for administrators only, a table of the messages with its column headings. */
@PuenteTest
@AutoConfigureMockMvc
class OutboxPageTests extends WebTestSupport {

	@Test
	void anAdministratorSeesTheOutboxAsATableWithItsColumns() throws Exception {
		mvc.perform(get("/admin/outbox").with(as("admin")).header("Accept-Language", "es"))
			.andExpect(status().isOk())
			.andExpect(holds("<th scope=\"col\">Cuándo</th>", "<th scope=\"col\">Adjuntos</th>"));
		mvc.perform(get("/admin/outbox").with(as("st-crm"))).andExpect(status().isForbidden());
	}
}

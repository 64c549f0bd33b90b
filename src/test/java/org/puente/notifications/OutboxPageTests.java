package org.puente.notifications;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.i18n.DateFormats;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.puente.PageContent.holds;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The development outbox page: for administrators only, a table of the messages with its column headings. */
@PuenteTest
@AutoConfigureMockMvc
class OutboxPageTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdministratorSeesTheOutboxAsATableWithItsColumns() throws Exception {
		mvc.perform(get("/admin/outbox").with(as("admin")).header("Accept-Language", "es"))
			.andExpect(status().isOk())
			.andExpect(holds("<th scope=\"col\">Cuándo</th>", "<th scope=\"col\">Adjuntos</th>"));
		mvc.perform(get("/admin/outbox").with(as("st-crm"))).andExpect(status().isForbidden());
	}

	@Test
	void aMessageIsDatedWithTheTimeZoneItsTimeIsIn() throws Exception {
		jdbc.update("insert into outbox_message (recipients, subject, body, attachment_names, mime) values (?, ?, ?, ?, ?)",
				"fp-panama@example.org", "Prueba de la zona horaria", "Texto", "", new byte[0]);
		Long id = jdbc.queryForObject("select max(id) from outbox_message", Long.class);
		String zone = " (" + DateFormats.zoneName() + ")</time>";
		mvc.perform(get("/admin/outbox").with(as("admin")).header("Accept-Language", "es")).andExpect(holds(zone));
		mvc.perform(get("/admin/outbox/" + id).with(as("admin")).header("Accept-Language", "es")).andExpect(holds(zone));
	}
}

package org.puente.notifications;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.i18n.DateFormats;
import org.puente.web.HtmlValidityTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.PageContent.holds;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The development outbox page: for administrators only, a table of the messages with its column headings, each mail
 * marked with its language.
 */
@PuenteTest
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

	/**
	 * A mail keeps its recipient's language from the notice to the outbox (its Content-Language header), and the
	 * outbox's pages mark its subject and body with it: a screen reader reads a French mail in French on a Spanish
	 * page. Both pages stay valid HTML.
	 */
	@Test
	void eachMailsSubjectAndBodyAreMarkedWithTheRecipientsLanguage() throws Exception {
		String subject = "Tour d'amendements ouvert " + UUID.randomUUID();
		new NoticeMail(new OutboxMailSender(jdbc), "puente@example.org").send("fp-panama@example.org",
				new NoticeMail.Words(subject, "Un tour d'amendements est ouvert.", "fr"), List.of(), null);
		Long id = jdbc.queryForObject("select id from outbox_message where subject = ?", Long.class, subject);
		assertThat(new String(jdbc.queryForObject("select mime from outbox_message where id = ?", byte[].class, id),
				StandardCharsets.UTF_8)).contains("Content-Language: fr");
		String list = page("/admin/outbox");
		assertThat(list).contains("lang=\"fr\">" + HtmlUtils.htmlEscape(subject) + "</a>");
		HtmlValidityTests.validPage("/admin/outbox", list);
		String message = page("/admin/outbox/" + id);
		assertThat(message).contains("<h1 lang=\"fr\">" + HtmlUtils.htmlEscape(subject) + "</h1>",
				"<pre class=\"mail-body\" lang=\"fr\">Un tour d&#39;amendements est ouvert.</pre>");
		HtmlValidityTests.validPage("/admin/outbox/" + id, message);
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(as("admin")).header("Accept-Language", "es")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}

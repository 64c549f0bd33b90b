package org.puente.notifications;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.puente.browser.Browser;
import org.puente.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox in Chromium, axe-core clean with mails in two languages on a Spanish page: each subject and body is
 * marked with its own language (axe's valid-lang rule reads every lang attribute).
 */
@BrowserTest
class OutboxBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void mailsInOtherLanguagesAreMarkedAndThePagesAreAxeClean() {
		Long english = jdbc.queryForObject("insert into outbox_message (recipients, subject, body, attachment_names, "
				+ "mime, language) values ('st-crm@example.org', 'Your actions this week', 'Two are overdue.', '', "
				+ "'', 'en') returning id", Long.class);
		jdbc.update("insert into outbox_message (recipients, subject, body, attachment_names, mime, language) values "
				+ "('fp-haiti@example.org', 'Tour d''amendements ouvert', 'Un tour est ouvert.', '', '', 'fr')");
		Browser browser = new Browser(port);
		browser.signInAndOpen("admin", "/admin/outbox");
		assertThat(browser.waitFor(By.linkText("Tour d'amendements ouvert")).getAttribute("lang")).isEqualTo("fr");
		browser.open("/admin/outbox/" + english);
		assertThat(browser.waitFor(By.cssSelector("pre.mail-body")).getAttribute("lang")).isEqualTo("en");
	}
}

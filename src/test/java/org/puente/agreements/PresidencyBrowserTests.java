package org.puente.agreements;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;
import org.puente.directory.Presidencies;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walk19 #7 in Chromium: Panamá's focal point, in Portuguese, reads on the home the presidency its country will hold,
 * follows the line to what it inherits, and both pages pass axe-core, and so does the page of both conferences in French.
 */
@BrowserTest
class PresidencyBrowserTests extends BrowserPages {

	@Autowired
	Presidencies presidencies;

	@Autowired
	JdbcTemplate jdbc;

	private LocalDate from() {
		return presidencies.today("CRM").plusDays(40);
	}

	@AfterEach
	void forgetThePresidency() {
		jdbc.update("delete from role_assignment where kind = 'PRO_TEMPORE_PRESIDENCY' and process_code = 'CRM'"
				+ " and starts_on = ?", from());
	}

	@Test
	void theIncomingPresidencyReadsWhatItInherits() {
		// recorded in the table: the page and the line are read here, the notice is PresidencyNoticesTests'
		jdbc.update("insert into role_assignment (id, kind, process_code, country_iso2, starts_on, ends_on)"
				+ " values (gen_random_uuid(), 'PRO_TEMPORE_PRESIDENCY', 'CRM', 'PA', ?, ?)", from(),
				from().plusDays(365));
		browser.signInAndOpen("fp-panama", "/home?lang=pt").checkAccessibility();
		assertThat(browser.text(By.id("panel-presidency")))
			.contains("Panamá exercerá a Presidência Pro Tempore da CRM a partir de");
		browser.clickToNavigate(By.cssSelector("#panel-presidency li a")).checkAccessibility();
		assertThat(browser.currentPath()).isEqualTo("/agreements/presidency?process=CRM");
		assertThat(browser.heading()).isEqualTo("O que a Presidência Pro Tempore recebe");
		browser.open("/agreements/presidency?lang=fr").checkAccessibility();
		browser.open("/home?lang=es");
	}
}

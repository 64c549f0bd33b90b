package org.puente.i18n;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walk 13 #10 in a browser: Panama's focal point reads a progress report made at 11:07 in Panama (16:07 UTC, the
 * server's zone) at 11:07 — the account's zone, written at sign-in — even from a browser set to Tokyo's.
 */
@BrowserTest
class ReaderZoneBrowserTests extends BrowserPages {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aProgressReportIsReadAtTheTimeOfTheReadersAccount() {
		UUID agreement = jdbc.queryForObject(
				"select id from agreement where text like 'Chile y Panamá presentarán%' limit 1", UUID.class);
		UUID note = UUID.randomUUID();
		jdbc.update("insert into agreement_update (id, agreement_id, note, author_name, created_at) values (?, ?, ?, ?, ?)",
				note, agreement, "Informe leído en Panamá.", "Panamá", Timestamp.from(Instant.parse("2026-12-05T16:07:00Z")));
		ChromeDriver chrome = (ChromeDriver) Browser.driver();
		chrome.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Tokyo"));
		try {
			browser.signOut().open("/").signInAndOpen("fp-panama", "/agreements/items/" + agreement);
			assertThat(browser.pageSource()).contains("Informe leído en Panamá.");
			// the instant stays in UTC in the datetime attribute; the text is Panama's time
			String shown = browser.text(By.cssSelector("time[datetime='2026-12-05T16:07:00Z']"));
			assertThat(shown).contains("11:07").doesNotContain("16:07");
		}
		finally {
			chrome.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
			browser.signOut();
			jdbc.update("delete from agreement_update where id = ?", note);
		}
	}
}

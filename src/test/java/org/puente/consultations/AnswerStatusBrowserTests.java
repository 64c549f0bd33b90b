package org.puente.consultations;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.puente.browser.Browser;
import org.puente.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answer's status line tells the truth (walk-through of the late evening #13): "Saved at 20:25" no longer stays
 * beside text typed since or not sent; the offline notice goes once a save succeeds; a colleague's save shows its date
 * and time, not a time alone.
 */
@BrowserTest
class AnswerStatusBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ConsultationManagement management;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theStatusSaysNotSavedUntilTheServerHasTheTextAndTheOfflineNoticeGoesOnTheNextSave() {
		UUID id = SentConsultations.one(management, users);
		Browser browser = new Browser(port);
		browser.signIn("fp-panama").open("/consultations/" + id + "/answer");
		var answer = SentConsultations.AnswerField.first();
		WebElement field = answer.element();
		By status = answer.status();
		assertThat(Browser.driver().findElement(status).getAttribute("aria-live")).isEqualTo("polite");
		browser.typeAndWaitForSwap(field.getAttribute("id"), "Retorno digno");
		assertThat(browser.text(status)).contains("Guardado a las");

		field.sendKeys(" y sostenible");
		// at once, before the autosave's delay: the text in the field is not the one saved at that time
		browser.waitForText(status, "Sin guardar todavía.");

		ChromeDriver chrome = (ChromeDriver) Browser.driver();
		ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
		offline.setOffline(true);
		chrome.setNetworkConditions(offline);
		try {
			field.sendKeys(" y seguro");
			browser.waitForText(By.id("autosave-notice"), "No hay conexión");
			assertThat(browser.waitForText(status, "Sin guardar todavía.").getText()).doesNotContain("Guardado");
		}
		finally {
			chrome.deleteNetworkConditions();
		}
		browser.checkAccessibility();

		browser.typeAndWaitForSwap(field.getAttribute("id"), "Retorno digno, sostenible y seguro");
		assertThat(browser.text(status)).contains("Guardado a las");
		assertThat(browser.text(By.id("autosave-notice"))).isEmpty();
		assertThat(jdbc.queryForObject("select text_value from consultation_answer where question_id = ?::uuid",
				String.class, field.getAttribute("id").substring(2))).isEqualTo("Retorno digno, sostenible y seguro");
	}

	@Test
	void aColleaguesEarlierSaveShowsItsDateAndTime() {
		UUID id = SentConsultations.one(management, users);
		Browser browser = new Browser(port);
		browser.signIn("fp-panama").open("/consultations/" + id + "/answer");
		String field = Browser.driver().findElement(By.cssSelector("textarea[data-autosave]")).getAttribute("id");
		browser.typeAndWaitForSwap(field, "Retorno según la colega");
		jdbc.update("update consultation_answer set updated_at = timestamptz '2026-11-16 12:00:00Z' "
				+ "where question_id = ?::uuid", field.substring(2));

		browser.open("/consultations/" + id + "/answer");
		// "Guardado por Punto focal de Panamá el 16 nov 2026, 9:00" in the browser's zone; not "el 09:00"
		assertThat(browser.text(By.id("status-" + field.substring(2))))
			.matches("Guardado por .+ el 1[67] nov 2026, \\d{1,2}:\\d{2}.*");
		browser.checkAccessibility();
	}
}

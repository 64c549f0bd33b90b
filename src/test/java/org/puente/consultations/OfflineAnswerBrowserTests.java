package org.puente.consultations;

import java.time.Duration;
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
import static org.awaitility.Awaitility.await;

/**
 * Text typed while the connection was down reaches the server when the person comes back to the page, even when the
 * browser's Back button has already put it back in the field (walk 8, a focal point answering in Portuguese: the copy
 * kept in the browser was dropped because the field held it, the server never got it, and the next visit showed the
 * older answer).
 */
@BrowserTest
class OfflineAnswerBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ConsultationManagement management;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void textTypedOfflineIsSavedWhenThePersonComesBackWithTheBackButton() {
		UUID id = SentConsultations.one(management, users);
		Browser browser = new Browser(port);
		browser.signIn("fp-panama").open("/consultations/" + id + "/answer");
		WebElement field = SentConsultations.AnswerField.first().element();
		String fieldId = field.getAttribute("id");
		browser.typeAndWaitForSwap(fieldId, "Retorno digno");

		ChromeDriver chrome = (ChromeDriver) Browser.driver();
		ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
		offline.setOffline(true);
		chrome.setNetworkConditions(offline);
		try {
			field.sendKeys(" y seguro");
			browser.waitForText(By.id("autosave-notice"), "No hay conexión");
		}
		finally {
			chrome.deleteNetworkConditions();
		}
		// away and back: the browser refills the field with what was typed, the server still has the older text
		browser.open("/home");
		chrome.navigate().back();
		browser.waitFor(By.id(fieldId));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
				"select text_value from consultation_answer where question_id = ?::uuid", String.class,
				fieldId.substring(2))).isEqualTo("Retorno digno y seguro"));
		browser.open("/consultations/" + id + "/answer");
		assertThat(Browser.driver().findElement(By.id(fieldId)).getAttribute("value")).isEqualTo("Retorno digno y seguro");
	}
}

package org.puente.consultations;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.puente.browser.Browser;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The questionnaire's answers are kept by keep-typed.js as every form's text is: an answer the server has not
 * confirmed survives a lost connection, a reload and a refused sending, is saved again once put back, and its copy
 * goes when the server confirms its save or the answers are sent.
 */
@BrowserTest
class KeptAnswersBrowserTests extends ConsultationBrowserPages {

	@Test
	void anAnswerTypedWithoutConnectionComesBackOnReloadAndIsSaved() {
		var answer = answerAs("fp-panama");
		browser.typeAndWaitForSwap(answer.id(), "Retorno digno");
		// the server confirmed it: nothing is left to keep
		assertThat(copies()).isZero();
		browser.offline(() -> {
			answer.element().sendKeys(" y seguro");
			browser.waitForText(By.id("autosave-notice"), "No hay conexión");
		});
		assertThat(copies()).isEqualTo(1);

		Browser.driver().navigate().refresh();
		assertThat(browser.waitForText(By.cssSelector(".keep-typed-note"), "Recuperamos texto que no se había guardado")
			.getAttribute("role")).isEqualTo("status");
		assertThat(value(answer.id())).isEqualTo("Retorno digno y seguro");
		browser.waitForText(answer.status(), "Guardado a las");
		assertThat(stored(answer)).isEqualTo("Retorno digno y seguro");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(copies()).isZero());
		browser.checkAccessibility();

		// printed to go over with colleagues: the answers being written print, the buttons don't (walk 20's print
		// style hid every posting form, this one with its answers)
		var chrome = (ChromeDriver) Browser.driver();
		chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			assertThat(Browser.driver().findElement(By.id(answer.id())).isDisplayed()).as("the answer printed").isTrue();
			assertThat(Browser.driver().findElement(By.cssSelector("#answer-form button[type=submit]")).isDisplayed())
				.as("the sending button printed").isFalse();
		}
		finally {
			chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

	@Test
	void aRefusedSendingKeepsTheAnswerAndASuccessfulOneDropsIt() {
		var answer = answerAs("fp-panama");
		browser.typeAndWaitForSwap(answer.id(), "Retorno digno");
		// another focal point of the country saves meanwhile: this answer's save and then its sending are refused
		jdbc.update("update consultation_answer set text_value = ?, version = version + 1 where question_id = ?::uuid",
				"Retorno según la colega", answer.questionId());
		browser.typeAndWaitForSwap(answer.id(), "Retorno digno y sostenible");
		browser.waitForText(answer.status(), "Retorno según la colega");
		browser.clickToNavigate(By.cssSelector("#answer-form button[type=submit]"));
		browser.waitFor(By.id("error-summary"));
		assertThat(copies()).isEqualTo(1);

		browser.open("/consultations/" + consultation + "/answer");
		browser.waitForText(By.cssSelector(".keep-typed-note"), "Recuperamos texto que no se había guardado");
		assertThat(value(answer.id())).isEqualTo("Retorno digno y sostenible");
		// put back with the version it was typed on: the colleague's answer is shown again, not replaced, until the
		// person chooses (RestoredAnswerConflictBrowserTests)
		browser.waitForText(answer.status(), "Retorno según la colega");
		assertThat(stored(answer)).isEqualTo("Retorno según la colega");
		browser.click(By.cssSelector("#status-" + answer.questionId() + " .conflict-choices button[data-hx-post]"));
		browser.waitForText(answer.status(), "Guardado a las");

		// typed and sent at once, before its own save: the sending takes it, and the copy goes
		Browser.driver().findElement(By.id(answer.id())).sendKeys(", con apoyo");
		assertThat(copies()).isEqualTo(1);
		browser.clickAndWaitForFlash(By.cssSelector("#answer-form button[type=submit]"));
		assertThat(copies()).isZero();
		assertThat(stored(answer)).isEqualTo("Retorno digno y sostenible, con apoyo");
	}

	@Test
	void aChoiceMadeWithoutConnectionComesBackOnReloadAndIsSaved() {
		consultation = SentConsultations.one(management, users, true);
		browser.signInAndOpen("fp-panama", "/consultations/" + consultation + "/answer");
		String no = Browser.driver().findElement(By.xpath("//fieldset[@data-autosave='choice']//label[text()='No']"))
			.getAttribute("for");
		By status = By.id("status-" + no.substring(2, no.lastIndexOf('-')));
		browser.offline(() -> {
			browser.click(By.id(no));
			browser.waitForText(By.id("autosave-notice"), "No hay conexión");
		});
		assertThat(copies()).isEqualTo(1);

		Browser.driver().navigate().refresh();
		browser.waitForText(By.cssSelector(".keep-typed-note"), "Recuperamos texto que no se había guardado");
		assertThat(Browser.driver().findElement(By.id(no)).isSelected()).isTrue();
		browser.waitForText(status, "Guardado a las");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(copies()).isZero());
		Browser.driver().navigate().refresh();
		assertThat(browser.waitFor(By.id(no)).isSelected()).isTrue();
	}

	private long copies() {
		return (Long) ((JavascriptExecutor) Browser.driver()).executeScript(
				"return Object.keys(localStorage).filter(function (k) { return k.indexOf('puente.keep.fp-panama|') === 0; }).length");
	}

	private static String value(String id) {
		return Browser.driver().findElement(By.id(id)).getAttribute("value");
	}
}

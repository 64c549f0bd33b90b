package org.puente.consultations;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.puente.browser.Browser;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer the questionnaire's own script kept in the browser before keep-typed.js kept the form (one copy per answer
 * and country, {value, at}) is not lost with the update: the first time its form is shown it is put back, said so and
 * saved, as any kept copy; another country's old copy on the same browser is neither put in nor deleted.
 */
@BrowserTest
class OlderCopiesBrowserTests extends ConsultationBrowserPages {

	@Test
	void anAnswerKeptByTheOlderScriptIsPutBackAndSavedNotDeleted() {
		var answer = answerAs("fp-panama");
		String panamas = "puente.consultations." + consultation + ".PA." + answer.id();
		String mexicos = "puente.consultations." + consultation + ".MX." + answer.id();
		js().executeScript("""
				localStorage.setItem(arguments[0], JSON.stringify({ value: 'Escrito antes de la actualización', at: Date.now() - 3600000 }));
				localStorage.setItem(arguments[1], JSON.stringify({ value: 'Respuesta de México', at: Date.now() }));""",
				panamas, mexicos);

		Browser.driver().navigate().refresh();
		browser.waitForText(By.cssSelector(".keep-typed-note"), "Recuperamos texto que no se había guardado");
		assertThat(value(answer.id())).isEqualTo("Escrito antes de la actualización");
		// when it was typed: the older copy said so
		assertThat(browser.text(By.cssSelector(".keep-typed-note p"))).contains("Escrito el ");
		browser.waitForText(answer.status(), "Guardado a las");
		assertThat(stored(answer)).isEqualTo("Escrito antes de la actualización");
		assertThat(js().executeScript("return localStorage.getItem(arguments[0])", panamas)).isNull();
		assertThat(js().executeScript("return localStorage.getItem(arguments[0])", mexicos)).isNotNull();
		browser.checkAccessibility();

		// another page first, then this one again: nothing more to put back, the other country's copy still there
		browser.open("/");
		browser.open("/consultations/" + consultation + "/answer");
		browser.waitFor(By.id(answer.id()));
		assertThat(Browser.driver().findElements(By.cssSelector(".keep-typed-note"))).isEmpty();
		assertThat(value(answer.id())).isEqualTo("Escrito antes de la actualización");
		assertThat(js().executeScript("return localStorage.getItem(arguments[0])", mexicos)).isNotNull();
		js().executeScript("localStorage.removeItem(arguments[0])", mexicos);
	}

	private static JavascriptExecutor js() {
		return (JavascriptExecutor) Browser.driver();
	}

	private static String value(String id) {
		return Browser.driver().findElement(By.id(id)).getAttribute("value");
	}
}

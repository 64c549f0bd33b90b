package org.puente.consultations;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.puente.browser.Browser;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Text typed while the connection was down reaches the server when the person comes back to the page, even when the
 * browser's Back button has already put it back in the field (walk 8, a focal point answering in Portuguese: the copy
 * kept in the browser was dropped because the field held it, the server never got it, and the next visit showed the
 * older answer).
 */
@BrowserTest
class OfflineAnswerBrowserTests extends ConsultationBrowserPages {

	@Test
	void textTypedOfflineIsSavedWhenThePersonComesBackWithTheBackButton() {
		var answer = answerAs("fp-panama");
		browser.typeAndWaitForSwap(answer.id(), "Retorno digno");
		browser.offline(() -> {
			answer.element().sendKeys(" y seguro");
			browser.waitForText(By.id("autosave-notice"), "No hay conexión");
		});
		// away and back: the browser refills the field with what was typed, the server still has the older text
		browser.open("/home");
		Browser.driver().navigate().back();
		browser.waitFor(By.id(answer.id()));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(stored(answer)).isEqualTo("Retorno digno y seguro"));
		browser.open("/consultations/" + consultation + "/answer");
		assertThat(Browser.driver().findElement(By.id(answer.id())).getAttribute("value")).isEqualTo("Retorno digno y seguro");
	}
}

package org.puente.consultations;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.puente.browser.Browser;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answer's status line tells the truth (walk-through of the late evening #13): "Saved at 20:25" no longer stays
 * beside text typed since or not sent; the offline notice goes once a save succeeds; a colleague's save shows its date
 * and time, not a time alone.
 */
@BrowserTest
class AnswerStatusBrowserTests extends ConsultationBrowserPages {

	@Test
	void theStatusSaysNotSavedUntilTheServerHasTheTextAndTheOfflineNoticeGoesOnTheNextSave() {
		var answer = answerAs("fp-panama");
		WebElement field = answer.element();
		By status = answer.status();
		assertThat(Browser.driver().findElement(status).getAttribute("aria-live")).isEqualTo("polite");
		browser.typeAndWaitForSwap(answer.id(), "Retorno digno");
		assertThat(browser.text(status)).contains("Guardado a las");

		field.sendKeys(" y sostenible");
		// at once, before the autosave's delay: the text in the field is not the one saved at that time
		browser.waitForText(status, "Sin guardar todavía.");

		browser.offline(() -> {
			field.sendKeys(" y seguro");
			browser.waitForText(By.id("autosave-notice"), "No hay conexión");
			assertThat(browser.waitForText(status, "Sin guardar todavía.").getText()).doesNotContain("Guardado");
		});
		browser.checkAccessibility();

		browser.typeAndWaitForSwap(answer.id(), "Retorno digno, sostenible y seguro");
		assertThat(browser.text(status)).contains("Guardado a las");
		assertThat(browser.text(By.id("autosave-notice"))).isEmpty();
		assertThat(stored(answer)).isEqualTo("Retorno digno, sostenible y seguro");
	}

	@Test
	void aColleaguesEarlierSaveShowsItsDateAndTime() {
		var answer = answerAs("fp-panama");
		browser.typeAndWaitForSwap(answer.id(), "Retorno según la colega");
		jdbc.update("update consultation_answer set updated_at = timestamptz '2026-11-16 12:00:00Z' "
				+ "where question_id = ?::uuid", answer.questionId());

		browser.open("/consultations/" + consultation + "/answer");
		// open() checked this state with axe already (suite20: a second check found it unchanged)
		// "Guardado por Punto focal de Panamá el 16 nov 2026, 9:00" in the browser's zone; not "el 09:00"
		assertThat(browser.text(answer.status())).matches("Guardado por .+ el 1[67] nov 2026, \\d{1,2}:\\d{2}.*");
	}
}

package org.puente.consultations;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.puente.browser.Browser;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing in Chromium, axe-core on every page: a focal point typing on a page opened before the closing is told at
 * once that nothing was saved and why; the secretariat closes from the consultation's page after the confirmation;
 * the focal point's page then says when and by whom, its fields read-only.
 */
@BrowserTest
class ClosingBrowserTests extends ConsultationBrowserPages {

	@Test
	void aFocalPointTypingAfterTheClosingIsToldAndTheSecretariatClosesAfterConfirming() {
		var answer = answerAs("fp-panama");
		UUID id = consultation;
		SentConsultations.close(management, users, id);
		answer.element().sendKeys("Retorno asistido y digno");
		assertThat(browser.waitForText(answer.status(), "Esta consulta se cerró el").getText())
			.startsWith("Sin guardar todavía.").contains("Lo que escribió no se guardó.");
		browser.checkAccessibility();
		// the secretariat reopens it from its page, then closes it again after the confirmation

		browser.signInAndOpen("st-crm", "/consultations/" + id);
		browser.clickAndWaitForFlash(By.cssSelector("form[action$='/reopen'] button"));
		assertThat(browser.text(By.cssSelector(".flash"))).contains("La consulta se reabrió");
		browser.clickToNavigate(By.id("close-consultation")).checkAccessibility();
		assertThat(browser.text(By.id("close-tally"))).matches("0 de [0-9]+ países respondieron\\.");
		assertThat(browser.text(By.id("not-answered"))).contains("Panamá").contains("México");
		browser.clickAndWaitForFlash(By.cssSelector("form[action$='/close'] button"));
		browser.checkAccessibility();
		assertThat(browser.text(By.cssSelector(".flash"))).contains("La consulta se cerró");
		assertThat(browser.text(By.id("closed-on"))).startsWith("Por ");

		browser.signInAndOpen("fp-panama", "/consultations/" + id + "/answer");
		assertThat(browser.text(By.id("closed-notice"))).contains("Esta consulta se cerró el");
		assertThat(Browser.driver().findElement(By.cssSelector("textarea[data-autosave]")).isEnabled()).isFalse();
		// signInAndOpen checked this state with axe already (suite20: a second check found it unchanged)
	}
}

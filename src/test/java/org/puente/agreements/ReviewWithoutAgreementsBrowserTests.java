package org.puente.agreements;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Minutes with no agreement in the browser (walk of 5 December #8): the review opens with the suggestions and the
 * "These minutes hold no agreement" button, both pages pass axe, and the button records it.
 */
@BrowserTest
class ReviewWithoutAgreementsBrowserTests extends BrowserPages {

	@Test
	void minutesWithNoAgreementAreReviewedAndRecordedAsHoldingNone() throws Exception {
		Path minutes = Files.createTempFile("sin-acuerdos", ".txt");
		Files.writeString(minutes, ReviewWithoutAgreementsTests.NO_AGREEMENTS.replace("el clima", "el clima (navegador)"),
				StandardCharsets.UTF_8);
		browser.signInAndOpen("st-crm", "/agreements/reviews?lang=es");
		browser.attach("file", minutes).type("meetingTitle", "Reunión sin acuerdos en el navegador")
			.setValue("meetingDate", "2019-05-15");
		browser.clickToNavigate(By.cssSelector("form.form button[type=submit]"));
		browser.waitFor(By.id("confirm-none"));
		assertThat(browser.text(By.id("review-none"))).startsWith("Puente no encontró nada que se lea como un acuerdo");
		browser.waitFor(By.id("suggestions"));
		browser.checkAccessibility();

		browser.clickAndWaitForFlash(By.id("confirm-none"));
		assertThat(browser.text(By.id("minutes-none"))).isEqualTo("Esta acta fue revisada: no tiene acuerdos.");
		browser.checkAccessibility();
	}
}

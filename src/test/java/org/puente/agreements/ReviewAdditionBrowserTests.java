package org.puente.agreements;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A secretariat adds what the reading missed, in the browser: one of its suggestions and an item typed by hand, then
 * confirms, and both are in the register. Every page is checked with axe.
 */
@BrowserTest
class ReviewAdditionBrowserTests extends BrowserPages {

	@Test
	void aReviewerAddsASuggestionAndATypedItemAndFindsThemInTheRegister() throws Exception {
		Path minutes = Files.createTempFile("acta", ".txt");
		Files.writeString(minutes, """
				Acta de la reunión de prueba de las sugerencias en el navegador

				Acuerdos:

				1. México enviará el informe a más tardar el 30 de junio de 2017.
				2. Se aprueba el presupuesto del taller regional.

				Otros temas

				- Se conversó sobre la página web de la Conferencia. Guatemala se encargará de actualizar la página web \
				antes del 15 de julio de 2017. Hubo un intercambio sobre el clima.
				""", StandardCharsets.UTF_8);
		TestMinutes.sendToReview(browser, "st-crm", minutes, "Reunión de prueba de las sugerencias", "2017-06-02", "i2");
		assertThat(browser.text(By.id("suggestions-title"))).isEqualTo("Otros posibles acuerdos");
		assertThat(browser.text(By.id("suggestion-s1"))).contains("Guatemala se encargará de actualizar la página web");

		// "ver en el acta" moves to the suggestion's words in the minutes
		browser.click(By.cssSelector("#suggestion-s1 .review-locate"));
		assertThat(Browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("src-s1");

		browser.clickAndWaitForFlash(By.id("add-s1"));
		browser.checkAccessibility();
		assertThat(Browser.driver().findElements(By.cssSelector(".review-item"))).hasSize(3);
		assertThat(Browser.driver().findElement(By.id("text-s1")).getAttribute("value")).contains("Guatemala se encargará");
		assertThat(Browser.driver().findElements(By.id("suggestion-s1"))).isEmpty();

		// an empty text is refused on the field, in the reviewer's language
		browser.clickToNavigate(By.id("add-item-submit"));
		browser.waitFor(By.id("add-text-error"));
		browser.checkAccessibility();
		assertThat(browser.text(By.id("add-text-error"))).isEqualTo("Escriba el texto del acuerdo.");
		// late walk-through #17: the refusal stands at the review's address, not at the address the form was sent to,
		// and a reload reads the review instead of sending the form again
		String review = browser.currentPath().replaceAll("/items$", "").replaceAll("#.*", "");
		assertThat(browser.currentPath()).isEqualTo(review + "#add-item").doesNotContain("/items");
		reloadAndSeeTheReviewUnrefused();

		// a refused correction of an agreement, the same: at the review, the agreement's place in it
		browser.type("text-i1", " ");
		browser.clickToNavigate(By.id("save-i1"));
		browser.waitFor(By.id("errors-i1"));
		browser.checkAccessibility();
		assertThat(browser.currentPath()).isEqualTo(review + "#item-i1");
		reloadAndSeeTheReviewUnrefused();
		assertThat(Browser.driver().findElement(By.id("text-i1")).getAttribute("value")).contains("México enviará");

		browser.type("add-text", "Panamá enviará la lista de participantes antes del 1 de agosto de 2017.");
		browser.clickAndWaitForFlash(By.id("add-item-submit"));
		browser.checkAccessibility();
		assertThat(Browser.driver().findElements(By.cssSelector(".review-item"))).hasSize(4);
		assertThat(Browser.driver().findElements(By.cssSelector("#responsible-t1 input[value='country:PA']:checked")))
			.hasSize(1);

		browser.clickToNavigate(By.id("confirm"));
		browser.waitFor(By.cssSelector(".agreements-table"));
		browser.checkAccessibility();
		assertThat(Browser.driver().findElements(By.cssSelector(".agreements-table tbody tr")))
			.extracting(WebElement::getText)
			.hasSize(4)
			.anyMatch(row -> row.contains("Guatemala se encargará de actualizar la página web"))
			.anyMatch(row -> row.contains("Panamá enviará la lista de participantes"));
	}

	/** A reload after a refusal: the review as it is stored, no refusal (a form sent again would be refused again). */
	private void reloadAndSeeTheReviewUnrefused() {
		org.openqa.selenium.WebElement before = Browser.driver().findElement(By.tagName("html"));
		Browser.driver().navigate().refresh();
		new org.openqa.selenium.support.ui.WebDriverWait(Browser.driver(), java.time.Duration.ofSeconds(30))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before));
		browser.waitFor(By.id("add-item"));
		assertThat(Browser.driver().findElements(By.cssSelector(".error-summary, #add-text-error"))).isEmpty();
	}
}

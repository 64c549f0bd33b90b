package org.puente.practices;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Panamá's focal point submits a practice (first without its "why", refused), the CRM secretariat accepts it, Panamá
 * ranks the practices of its session (first with a tie, refused), and the compiled document is downloaded — with axe
 * on every page.
 */
@BrowserTest
class PracticesBrowserTests extends BrowserPages {

	@Test
	void aPracticeIsSubmittedAcceptedRankedAndCompiled() throws Exception {
		String title = "Ventanilla única para migrantes en tránsito " + System.nanoTime();
		browser.signInAndOpen("fp-panama", "/practices");
		browser.clickToNavigate(By.id("new-practice")).checkAccessibility();
		browser.type("esTitle", title);
		browser.type("esSummary", "Una ventanilla reúne en la frontera a migración, salud y protección de la niñez.");
		browser.type("esHow", "Aporta al objetivo 8 del PMM y a la cooperación entre países de tránsito.");
		browser.click(By.id("session-2"));
		browser.type("periodFrom", "2017");
		browser.clickToNavigate(By.id("save")).checkAccessibility();
		assertThat(browser.text(By.id("error-summary"))).contains("Falta por qué es una buena práctica (español)");
		// what was typed is still there
		assertThat(Browser.driver().findElement(By.id("esTitle")).getAttribute("value")).isEqualTo(title);
		browser.type("esWhy", "Reduce los tiempos de atención y evita que las personas queden sin protección.");
		browser.clickAndWaitForFlash(By.id("save"));
		browser.checkAccessibility();
		assertThat(browser.heading()).isEqualTo(title);
		String practicePath = browser.currentPath();
		browser.clickAndWaitForFlash(By.id("submit"));
		browser.checkAccessibility();
		assertThat(browser.text(By.id("status"))).contains("Enviada a revisión");

		browser.signInAndOpen("st-crm", practicePath);
		browser.clickAndWaitForFlash(By.id("accept"));
		browser.checkAccessibility();
		assertThat(browser.text(By.id("status"))).isEqualTo("Aceptada y publicada");

		browser.signInAndOpen("fp-panama", "/practices/ranking?session=2");
		browser.clickToNavigate(By.id("rank")).checkAccessibility();
		List<WebElement> places = Browser.driver().findElements(By.cssSelector("input[id^=place-]"));
		assertThat(places).hasSizeGreaterThanOrEqualTo(3);
		for (WebElement place : places) {
			place.clear();
			place.sendKeys("1");
		}
		browser.clickToNavigate(By.id("save-ranking")).checkAccessibility();
		assertThat(browser.text(By.id("error-summary"))).isNotBlank();
		assertThat(browser.text(By.id("ranking-error"))).contains("Dos prácticas tienen el mismo puesto (1)");
		places = Browser.driver().findElements(By.cssSelector("input[id^=place-]"));
		for (int i = 0; i < places.size(); i++) {
			places.get(i).clear();
			places.get(i).sendKeys(String.valueOf(i + 1));
		}
		browser.clickAndWaitForFlash(By.id("save-ranking"));
		browser.checkAccessibility();
		assertThat(browser.text(By.id("joint-ranking"))).contains(title);
		assertThat(browser.text(By.id("who-ranked"))).contains("Panamá");

		browser.open(practicePath);
		browser.open("/practices");
		assertThat(new String(browser.download("/practices/compilation?format=docx"), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
		assertThat(new String(browser.download("/practices/compilation?format=pdf"), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
	}
}

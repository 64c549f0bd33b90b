package org.puente.glossary;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A secretariat records a country's definition whose source is written in another language than the page's, and the
 * term's page says so to a screen reader; both pages pass axe-core with the new field and the marked source.
 */
@BrowserTest
class DefinitionSourceBrowserTests extends BrowserPages {

	@Test
	void aSourceInAnotherLanguageIsChosenInTheFormAndMarkedOnTheTermsPage() {
		browser.signInAndOpen("st-crm", "/glossary/acogida/definitions/new?lang=fr");
		Select sourceLanguage = new Select(Browser.driver().findElement(By.id("sourceLanguage")));
		assertThat(sourceLanguage.getFirstSelectedOption().getText()).isEqualTo("Celle de la définition");
		String law = "Ley de Migración y Extranjería " + UUID.randomUUID().toString().substring(0, 8);
		new Select(Browser.driver().findElement(By.id("countryIso2"))).selectByValue("CR");
		new Select(Browser.driver().findElement(By.id("language"))).selectByValue("fr");
		browser.type("text", "Accueil des personnes migrantes par l'État.").type("source", law);
		sourceLanguage.selectByValue("es");
		browser.clickAndWaitForFlash(By.cssSelector("form.form button[type=submit]"));
		browser.checkAccessibility();
		assertThat(Browser.driver().findElements(By.xpath("//td[text()='" + law + "']")))
			.singleElement().extracting(td -> td.getAttribute("lang")).isEqualTo("es");
	}
}

package org.puente.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.puente.browser.Browser;
import org.puente.browser.BrowserTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walk of 5 December, evening: a new questionnaire sent without its conferences was refused with «« Conferencias »:
 * elija al menos una opción» linked to the conferences' fieldset. Enter on that line, the way a keyboard user follows
 * it, left the focus on the page itself (a fieldset takes none): the next Space scrolled the page instead of ticking a
 * conference. The line now gives the focus to the group's first choice, as a field's line gives it to the field.
 */
@BrowserTest
class ErrorSummaryGroupBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void followingARefusalAboutAGroupOfChoicesPutsTheFocusOnItsFirstChoice() {
		Browser browser = new Browser(port).signInAndOpen("st-crm", "/consultations/new");
		WebDriver driver = Browser.driver();
		browser.type("title.es", "Términos del retorno asistido");
		// the secretariat's own conference comes ticked: untick it, as the walk did by mistake
		if (driver.findElement(By.id("process-CRM")).isSelected()) {
			driver.findElement(By.id("process-CRM")).sendKeys(Keys.SPACE);
		}
		browser.clickToNavigate(By.cssSelector("form[action='/consultations'] button[type=submit]"));
		browser.checkAccessibility();
		assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");

		driver.findElement(By.cssSelector("#error-summary a[href='#processes']")).sendKeys(Keys.ENTER);

		assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("process-CRM");
		// and Space, the next key a person presses there, ticks it
		driver.switchTo().activeElement().sendKeys(Keys.SPACE);
		assertThat(driver.findElement(By.id("process-CRM")).isSelected()).isTrue();
		// a line about a single field still leaves the focus on that field, as the browser does
		driver.findElement(By.cssSelector("#error-summary a[href='#deadline']")).sendKeys(Keys.ENTER);
		assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("deadline");
		browser.signOut();
	}

	/**
	 * Walk of 5 Dec night #1: a title written in no language is the group's mistake; a French secretary following its
	 * line by keyboard lands in the French box, and the page stays axe-clean with the group's error.
	 */
	@Test
	void aTitleInNoLanguageLeadsAFrenchReaderToTheFrenchBox() {
		Browser browser = new Browser(port).signInAndOpen("st-crm", "/consultations/new?lang=fr");
		WebDriver driver = Browser.driver();
		try {
			browser.clickToNavigate(By.cssSelector("form[action='/consultations'] button[type=submit]"));
			browser.checkAccessibility();
			assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
			driver.findElement(By.cssSelector("#error-summary a[href='#title.fr']")).sendKeys(Keys.ENTER);
			assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("title.fr");
			assertThat(driver.switchTo().activeElement().getAttribute("aria-describedby")).isEqualTo("title-error");
		}
		finally {
			// ?lang= is remembered on the account: Spanish again for the tests that follow
			browser.open("/consultations/new?lang=es");
			browser.signOut();
		}
	}
}

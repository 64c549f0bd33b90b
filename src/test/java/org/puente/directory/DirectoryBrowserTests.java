package org.puente.directory;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A secretariat signs in, switches language and corrects a person in the directory, in Chromium. */
@BrowserTest
class DirectoryBrowserTests extends BrowserPages {

	@Test
	void showsTheSpanishHomePageToAnonymousVisitors() {
		browser.signOut().open("/");
		assertThat(browser.heading()).contains("la CRM y la CSM");
		assertThat(browser.pageSource()).contains("lang=\"es\"");
	}

	@Test
	void secretariatSwitchesLanguageAndEditsAPerson() {
		browser.signInAndOpen("st-crm", "/directory?lang=en");
		assertThat(browser.heading()).isEqualTo("Directory");

		browser.open("/directory/people");
		browser.clickToNavigate(By.linkText("Marcelo Pisani")).checkAccessibility();
		assertThat(browser.heading()).isEqualTo("Marcelo Pisani");
		browser.clickToNavigate(By.linkText("Edit")).checkAccessibility();
		browser.type("title", "Regional Director, IOM Regional Office for Central America, North America and the Caribbean");
		browser.clickAndWaitForFlash(By.cssSelector("form.form button[type=submit]"));
		browser.checkAccessibility();
		assertThat(browser.text(By.cssSelector(".flash"))).isEqualTo("The person's details were saved.");
		assertThat(browser.pageSource()).contains("Regional Director, IOM Regional Office");

		// the choice of language is remembered for the next visit, without ?lang=
		browser.open("/directory");
		assertThat(browser.heading()).isEqualTo("Directory");
		browser.open("/directory?lang=es");
	}

	@Test
	void refusesAnInvalidEmailWithAMessageInTheReadersLanguage() {
		browser.signInAndOpen("st-csm", "/directory/people/new?lang=pt");
		browser.type("fullName", "Pessoa de Teste");
		browser.type("email", "not-an-address");
		browser.clickToNavigate(By.cssSelector("form.form button[type=submit]")).checkAccessibility();
		assertThat(browser.text(By.id("error-summary"))).contains("«E-mail»: escreva um endereço de e-mail válido");
		assertThat(Browser.driver().findElement(By.id("fullName")).getAttribute("value")).isEqualTo("Pessoa de Teste");
		browser.open("/directory?lang=es");
	}
}

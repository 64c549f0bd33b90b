package org.puente.accounts;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator picks a focal point's country among the member states; the form and its refusal pass axe. */
@BrowserTest
class AccountFormBrowserTests extends BrowserPages {

	@Test
	void aCountryOutsideTheConferenceIsRefusedAndStaysChosen() {
		String name = "fp-prueba-" + System.nanoTime();
		// in Spanish whatever an earlier test left as the administrator's language (?lang= is remembered per account)
		browser.signInAndOpen("admin", "/admin/accounts/new?lang=es");
		browser.type("username", name).type("email", name + "@demo.puente.example").type("displayName", "Prueba")
			.type("password", "a-long-password-1");
		new Select(Browser.driver().findElement(By.id("role"))).selectByValue("FOCAL_POINT");
		new Select(Browser.driver().findElement(By.id("processCode"))).selectByValue("CRM");
		new Select(Browser.driver().findElement(By.id("countryIso2"))).selectByVisibleText("Chile");
		browser.clickToNavigate(By.cssSelector("form.form button[type=submit]")).checkAccessibility();
		assertThat(browser.text(By.id("error-summary"))).contains("«CL» no es un Estado miembro de la conferencia");
		assertThat(new Select(Browser.driver().findElement(By.id("countryIso2"))).getFirstSelectedOption().getText())
			.isEqualTo("Chile");
	}

	/** Late walk-through #25: choosing Brazil shows Portuguese; a language the administrator picked stays. */
	@Test
	void theLanguageFollowsTheCountryUntilTheAdministratorChoosesOne() {
		browser.signInAndOpen("admin", "/admin/accounts/new?lang=pt");
		Select language = new Select(Browser.driver().findElement(By.id("language")));
		Select country = new Select(Browser.driver().findElement(By.id("countryIso2")));
		country.selectByValue("BR");
		assertThat(language.getFirstSelectedOption().getAttribute("value")).isEqualTo("pt");
		country.selectByValue("CA");
		assertThat(language.getFirstSelectedOption().getAttribute("value")).isEqualTo("en");
		language.selectByValue("fr");
		country.selectByValue("BR");
		assertThat(language.getFirstSelectedOption().getAttribute("value")).isEqualTo("fr");
		browser.checkAccessibility();
		// ?lang= is remembered on the account: give the administrator back Spanish for the tests that follow
		browser.open("/admin/accounts/new?lang=es");
	}
}

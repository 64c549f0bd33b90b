package org.puente.agreements;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A secretariat uploads minutes, corrects a responsible party, merges two items and confirms; signed out, the public
 * sees the agreements on the accountability pages. Every page is checked with axe.
 */
@BrowserTest
class AgreementBrowserTests extends BrowserPages {

	@Test
	void secretariatReviewsMinutesAndThePublicSeesTheConfirmedAgreements() throws Exception {
		Path minutes = TestMinutes.minutaFile("prueba en el navegador");

		TestMinutes.sendToReview(browser, "st-crm", minutes, "Reunión de prueba en el navegador", "2017-05-11", "i1");
		assertThat(browser.heading()).contains("Reunión de prueba en el navegador");
		assertThat(Browser.driver().findElements(By.cssSelector(".minutes-source mark:not(.suggested)"))).hasSize(8);

		// a keyboard passes an agreement in a few Tab presses: the parties not chosen are folded, not one stop each
		assertThat(tabsFromFirstToSecondAgreement()).isBetween(1, 30);
		browser.click(By.id("responsible-more-i1"));
		assertThat(Browser.driver().findElement(By.cssSelector("#responsible-i1 .party-options input")).isDisplayed()).isTrue();
		browser.checkAccessibility();
		browser.click(By.id("responsible-more-i1"));

		// "see in the minutes" takes the reader to the highlighted words
		browser.click(By.cssSelector("#item-i3 .review-locate"));
		assertThat(Browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("src-i3");

		// the chosen parties are chips: one click removes one; the search box finds another in the list
		for (WebElement chosen : Browser.driver().findElements(By.cssSelector("#responsible-i1 .party-chips input"))) {
			chosen.click();
		}
		assertThat(Browser.driver().findElements(By.cssSelector("#responsible-i1 .party-chips input"))).isEmpty();
		browser.type("responsible-search-i1", "mexi");
		assertThat(Browser.driver().findElements(By.cssSelector("#responsible-i1 .party-options label:not([hidden])")))
			.extracting(WebElement::getText).containsExactly("México");
		// and says how many parties are left, politely (walk 18 #15): a screen reader hears the list narrow
		assertThat(browser.text(By.cssSelector("#responsible-i1 [data-party-count][role=status]")))
			.isEqualTo("1 país u organismo coincide");
		browser.type("responsible-search-i1", "xyz");
		assertThat(browser.text(By.cssSelector("#responsible-i1 [data-party-count]")))
			.isEqualTo("Ningún país u organismo coincide");
		browser.type("responsible-search-i1", "mexi");
		browser.click(By.cssSelector("#responsible-i1 input[value='country:MX']"));
		assertThat(browser.text(By.cssSelector("#responsible-i1 .party-chips"))).isEqualTo("México");
		browser.clickAndWaitForFlash(By.cssSelector("#item-i1 form.form button[type=submit]"));
		browser.checkAccessibility();
		assertThat(Browser.driver().findElements(By.cssSelector("#responsible-i1 .party-chips label")))
			.extracting(WebElement::getText).containsExactly("México");

		browser.clickAndWaitForFlash(By.id("merge-i2"));
		assertThat(Browser.driver().findElements(By.cssSelector(".review-item"))).hasSize(7);
		assertThat(Browser.driver().findElements(By.id("item-i3"))).isEmpty();

		browser.clickToNavigate(By.id("confirm"));
		browser.waitFor(By.cssSelector(".agreements-table"));
		browser.checkAccessibility();
		String minutesPage = browser.currentPath();
		assertThat(minutesPage).startsWith("/agreements/minutes/");

		browser.open("/agreements/board");
		browser.open("/agreements/mine");

		browser.signOut().open(minutesPage);
		assertThat(browser.heading()).isEqualTo("Reunión de prueba en el navegador");
		assertThat(Browser.driver().findElements(By.cssSelector(".agreements-table tbody tr"))).hasSize(7);
		assertThat(browser.text(By.cssSelector(".agreements-table tbody tr"))).contains("México");
		browser.clickToNavigate(By.cssSelector(".agreements-table tbody tr a")).checkAccessibility();
		assertThat(browser.currentPath()).startsWith("/agreements/items/");
		assertThat(browser.text(By.tagName("main"))).contains("México");
		browser.open("/agreements?lang=en");
		assertThat(browser.pageSource()).contains("Reunión de prueba en el navegador").contains("% done");
		browser.open("/agreements?lang=es");
	}

	/** Tab presses from the first agreement's number field until the focus is in the second agreement. */
	private static int tabsFromFirstToSecondAgreement() {
		WebElement second = Browser.driver().findElement(By.id("item-i2"));
		Browser.driver().findElement(By.id("number-i1")).click();
		for (int tabs = 1; tabs <= 200; tabs++) {
			WebElement focused = Browser.driver().switchTo().activeElement();
			focused.sendKeys(Keys.TAB);
			WebElement now = Browser.driver().switchTo().activeElement();
			if (Boolean.TRUE.equals(((JavascriptExecutor) Browser.driver()).executeScript(
					"return arguments[0].contains(arguments[1])", second, now))) {
				return tabs;
			}
		}
		return Integer.MAX_VALUE;
	}
}

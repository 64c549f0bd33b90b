package org.puente.experts;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roster's search from the keyboard (walk 10 #17): words typed and Enter, a language chosen, the count said in
 * the status line alone, the address keeping the filter, and axe clean before and after.
 */
@BrowserTest
class RosterSearchBrowserTests extends BrowserPages {

	@Test
	void anObserverFindsAnExpertFromTheKeyboardAndHearsOnlyTheCount() {
		browser.signInAndOpen("observer-oim", "/experts?lang=en");
		WebDriver chrome = Browser.driver();
		assertThat(chrome.findElements(By.cssSelector("[aria-live] table, [role=status] table"))).isEmpty();
		int all = rows(chrome);
		assertThat(status(chrome)).isEqualTo(all + " experts shown");

		chrome.findElement(By.id("q")).sendKeys("ribeiro", Keys.ENTER);
		new WebDriverWait(chrome, Duration.ofSeconds(30), Browser.POLL).ignoring(StaleElementReferenceException.class).until(d -> status(d).equals("1 expert shown"));
		assertThat(rows(chrome)).isEqualTo(1);
		assertThat(chrome.findElement(By.cssSelector(".experts-roster tbody th")).getText())
			.isEqualTo("Fernanda Costa Ribeiro");
		assertThat(browser.currentPath()).contains("q=ribeiro");
		// one status, outside the results the swap replaced
		assertThat(chrome.findElements(By.id("roster-status"))).hasSize(1);
		assertThat(chrome.findElements(By.cssSelector("#results #roster-status"))).isEmpty();
		browser.checkAccessibility();

		chrome.findElement(By.id("q")).clear();
		new Select(chrome.findElement(By.id("language"))).selectByValue("fr");
		// clearing the words is a change too: wait for the answer that carries the language, not an earlier one
		new WebDriverWait(chrome, Duration.ofSeconds(30), Browser.POLL).ignoring(StaleElementReferenceException.class).until(d -> d.getCurrentUrl().contains("language=fr")
				&& !d.getCurrentUrl().contains("q=ribeiro") && d.findElements(By.cssSelector(".htmx-request")).isEmpty());
		int french = rows(chrome);
		assertThat(french).isBetween(1, all - 1);
		assertThat(status(chrome)).isEqualTo(french + (french == 1 ? " expert shown" : " experts shown"));
		assertThat(browser.currentPath()).contains("language=fr");
		browser.checkAccessibility();
	}

	private static int rows(WebDriver chrome) {
		return chrome.findElements(By.cssSelector(".experts-roster tbody tr")).size();
	}

	private static String status(WebDriver chrome) {
		return chrome.findElement(By.id("roster-status")).getAttribute("textContent");
	}
}

package org.puente.meetings;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar's filters used from the keyboard (walk 8, a focal point in Portuguese): the results come back in place
 * of the old ones, once, not inside them.
 */
@BrowserTest
class MeetingFiltersBrowserTests extends BrowserPages {

	@Test
	void filteringReplacesTheResultsInsteadOfNestingThem() {
		browser.signIn("fp-panama").open("/meetings?lang=pt");
		WebDriver chrome = Browser.driver();
		chrome.findElement(By.id("country")).sendKeys("Panam");
		chrome.findElement(By.cssSelector("form.filters button[type=submit]")).sendKeys(Keys.ENTER);
		new WebDriverWait(chrome, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("country=PA"));
		new WebDriverWait(chrome, Duration.ofSeconds(30))
			.until(d -> d.findElements(By.cssSelector(".htmx-request")).isEmpty());
		browser.waitForText(By.id("results"), "Reunião de trabalho CRM–CSM no Panamá");
		assertThat(chrome.findElements(By.id("results"))).as("elements with id results").hasSize(1);
		assertThat(chrome.findElements(By.cssSelector("[aria-live] [aria-live]"))).as("nested live regions").isEmpty();
		assertThat(browser.text(By.id("results"))).doesNotContain("Reunião anual das troikas");
		browser.checkAccessibility();
	}
}

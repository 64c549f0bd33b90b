package org.puente.meetings;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar's filters used from the keyboard (walk 8, a focal point in Portuguese): the results come back in place
 * of the old ones, once, not inside them; only how many meetings are shown is announced (walk 10 #11, as on the
 * agreements board and the experts roster), not the whole list again.
 */
@BrowserTest
class MeetingFiltersBrowserTests extends BrowserPages {

	@Test
	void filteringReplacesTheResultsInsteadOfNestingThem() {
		browser.signInAndOpen("fp-panama", "/meetings?lang=pt");
		WebDriver chrome = Browser.driver();
		assertThat(chrome.findElements(By.cssSelector("[aria-live], [role=status] table"))).as("live regions").isEmpty();
		int all = chrome.findElements(By.cssSelector("#results tbody tr")).size();
		assertThat(all).isGreaterThan(1);
		assertThat(chrome.findElement(By.id("meetings-status")).getAttribute("role")).isEqualTo("status");
		assertThat(chrome.findElement(By.id("meetings-status")).getAttribute("textContent"))
			.isEqualTo(all + " reuniões exibidas");
		chrome.findElement(By.id("country")).sendKeys("Panam");
		chrome.findElement(By.cssSelector("form.filters button[type=submit]")).sendKeys(Keys.ENTER);
		new WebDriverWait(chrome, Duration.ofSeconds(30), Browser.POLL).until(ExpectedConditions.urlContains("country=PA"));
		new WebDriverWait(chrome, Duration.ofSeconds(30), Browser.POLL)
			.until(d -> d.findElements(By.cssSelector(".htmx-request")).isEmpty());
		browser.waitForText(By.id("results"), "Reunião de trabalho CRM–CSM no Panamá");
		assertThat(chrome.findElements(By.id("results"))).as("elements with id results").hasSize(1);
		assertThat(chrome.findElements(By.cssSelector("[aria-live] [aria-live]"))).as("nested live regions").isEmpty();
		assertThat(browser.text(By.id("results"))).doesNotContain("Reunião anual das troikas");
		int shown = chrome.findElements(By.cssSelector("#results tbody tr")).size();
		assertThat(shown).isLessThan(all);
		// the out-of-band swap replaces the element between finding and reading it: a stale read is tried again
		new WebDriverWait(chrome, Duration.ofSeconds(30), Browser.POLL).ignoring(StaleElementReferenceException.class)
			.until(d -> d.findElement(By.id("meetings-status")).getAttribute("textContent")
				.equals(shown + (shown == 1 ? " reunião exibida" : " reuniões exibidas")));
		// the same status, swapped out of band, outside the results that the swap replaced
		assertThat(chrome.findElements(By.id("meetings-status"))).hasSize(1);
		assertThat(chrome.findElements(By.cssSelector("#results #meetings-status"))).isEmpty();
		assertThat(chrome.findElement(By.id("meetings-status")).getAttribute("role")).isEqualTo("status");
		assertThat(chrome.findElements(By.cssSelector("[aria-live]"))).as("no live region but the status").isEmpty();
		browser.checkAccessibility();
	}
}

package org.puente.agreements;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreements board's filters tell a screen reader only how many agreements are shown (walk 10 #11): the whole
 * results block as a live region had the tally, the downloads and every row read again after each change.
 */
@BrowserTest
class BoardLiveRegionBrowserTests extends BrowserPages {

	@Test
	void aFilterAnnouncesTheCountAloneAndTheTableIsNoLongerALiveRegion() {
		browser.signInAndOpen("fp-panama", "/agreements/board?lang=en");
		var chrome = Browser.driver();
		assertThat(chrome.findElements(By.cssSelector("[aria-live] table, [role=status] table"))).isEmpty();
		assertThat(chrome.findElement(By.id("results")).getAttribute("aria-live")).isNull();
		var status = chrome.findElement(By.id("board-status"));
		assertThat(status.getAttribute("role")).isEqualTo("status");
		// every agreement the filter keeps, and which page, when they need more than one (perf21)
		String said = status.getAttribute("textContent");
		assertThat(said).matches("\\d+ agreements shown(\\. Page 1 of \\d+)?");
		int all = Integer.parseInt(said.substring(0, said.indexOf(' ')));
		assertThat(chrome.findElements(By.cssSelector(".agreements-table tbody tr")))
			.hasSize(Math.min(all, AgreementController.BOARD_PAGE));

		new Select(chrome.findElement(By.id("status"))).selectByValue("DONE");
		// the out-of-band swap replaces the element between finding and reading it: a stale read is tried again
		new WebDriverWait(chrome, Duration.ofSeconds(30), Browser.POLL).ignoring(StaleElementReferenceException.class).until(d -> !d.findElement(By.id("board-status"))
			.getAttribute("textContent").equals(said));
		int done = chrome.findElements(By.cssSelector(".agreements-table tbody tr")).size();
		assertThat(done).isLessThan(all);
		// the same status element, swapped out of band, outside the results that the swap replaced
		assertThat(chrome.findElements(By.id("board-status"))).hasSize(1);
		assertThat(chrome.findElements(By.cssSelector("#results #board-status"))).isEmpty();
		assertThat(chrome.findElement(By.id("board-status")).getAttribute("textContent"))
			.isEqualTo(done + (done == 1 ? " agreement shown" : " agreements shown"));
		assertThat(chrome.findElement(By.id("board-status")).getAttribute("role")).isEqualTo("status");
		browser.checkAccessibility();
	}
}

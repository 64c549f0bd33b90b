package org.puente.agreements;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A secretariat reports progress over a slow connection and clicks "save" again while the first click is on its way
 * (walk-through of 4 December evening #4): the form is sent once, and the answer is "saved" — not "someone else
 * updated this agreement", about the person's own first click, with the page offering to send it again.
 */
@BrowserTest
class SlowConnectionBrowserTests extends BrowserPages {

	@Test
	void aSecondClickWhileTheFirstIsOnItsWayIsNotSentAgain() {
		browser.signInAndOpen("st-crm", "/agreements");
		browser.clickToNavigate(By.cssSelector("main a[href^='/agreements/minutes/']"));
		browser.clickToNavigate(By.cssSelector("main a[href^='/agreements/items/']"));
		browser.type("note", "Informe enviado por una conexión lenta.");
		ChromeDriver chrome = (ChromeDriver) Browser.driver();
		ChromiumNetworkConditions slow = new ChromiumNetworkConditions();
		slow.setLatency(Duration.ofMillis(1500));
		chrome.setNetworkConditions(slow);
		try {
			((JavascriptExecutor) chrome).executeScript("""
					var button = document.querySelector('form[action$="/updates"] button[type=submit]');
					button.click();
					setTimeout(function () { button.click(); }, 300);""");
			new WebDriverWait(chrome, Duration.ofSeconds(30), Browser.POLL).until(ExpectedConditions.or(
					ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash")),
					ExpectedConditions.presenceOfElementLocated(By.id("error-summary"))));
		}
		finally {
			chrome.deleteNetworkConditions();
		}
		assertThat(chrome.findElements(By.id("error-summary"))).as("refused as someone else's change").isEmpty();
		assertThat(browser.text(By.cssSelector(".flash"))).isEqualTo("Avance guardado.");
		assertThat(browser.text(By.tagName("main"))).containsOnlyOnce("Informe enviado por una conexión lenta.");
		browser.checkAccessibility();
	}
}

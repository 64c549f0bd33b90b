package org.puente.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Puente on a slow or broken connection (walk-through of 4 December, late): every page's scripts travel compressed,
 * and a list filtered by htmx whose request never arrives says so instead of leaving the old results under the new
 * filters.
 */
@BrowserTest
class SlowConnectionPagesBrowserTests extends BrowserPages {

	/**
	 * Scripts are served as text/javascript, which the compression's list of types left out: htmx (51 kB), Puente's
	 * own and Swagger UI's 1.5 MB bundle went uncompressed to every browser.
	 */
	@Test
	void scriptsTravelCompressed() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		for (String script : new String[] { "/webjars/htmx.org/dist/htmx.min.js", "/js/puente.js" }) {
			HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + script))
				.header("Accept-Encoding", "gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(answer.statusCode()).as(script).isEqualTo(200);
			assertThat(answer.headers().firstValue("Content-Encoding")).as(script).hasValue("gzip");
		}
	}

	/**
	 * A keyboard user goes down the board's status list with the arrow keys: each key is a change, and each change
	 * was a request and an entry in the history (Back walked through "Pendiente", "En curso"…). The filter now goes
	 * once the keys stop.
	 */
	@Test
	void arrowingThroughAFilterSendsItOnce() {
		ChromeDriver chrome = (ChromeDriver) Browser.driver();
		// a tab of its own: Chrome stops counting history.length at 50, which the shared browser reaches in the suite
		String suiteTab = chrome.getWindowHandle();
		chrome.switchTo().newWindow(WindowType.TAB);
		try {
			countsOneFilterRequest(chrome);
		}
		finally {
			chrome.close();
			chrome.switchTo().window(suiteTab);
		}
	}

	private void countsOneFilterRequest(ChromeDriver chrome) {
		browser.signInAndOpen("st-crm", "/agreements/board");
		long history = (Long) chrome.executeScript("""
				window.puenteRequests = 0;
				document.body.addEventListener('htmx:beforeRequest', function () { window.puenteRequests++; });
				return history.length;""");
		chrome.findElement(By.id("status")).sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
		new WebDriverWait(chrome, Duration.ofSeconds(30), Browser.POLL).until(ExpectedConditions.urlContains("status=DONE"));
		new WebDriverWait(chrome, Duration.ofSeconds(30), Browser.POLL)
			.until(d -> ((JavascriptExecutor) d).executeScript("return window.puenteRequests").equals(1L));
		assertThat(chrome.executeScript("return history.length")).isEqualTo(history + 1);
		browser.checkAccessibility();
	}

	@Test
	void aFilterThatCouldNotBeSentSaysSo() {
		browser.signInAndOpen("st-crm", "/agreements/board");
		ChromeDriver chrome = (ChromeDriver) Browser.driver();
		String before = browser.text(By.id("results"));
		ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
		offline.setOffline(true);
		chrome.setNetworkConditions(offline);
		try {
			new Select(chrome.findElement(By.id("status"))).selectByValue("DONE");
			new WebDriverWait(chrome, Duration.ofSeconds(30), Browser.POLL)
				.until(ExpectedConditions.presenceOfElementLocated(By.id("filters-failed")));
		}
		finally {
			chrome.deleteNetworkConditions();
		}
		assertThat(browser.text(By.id("filters-failed"))).startsWith("No se pudo actualizar la lista");
		assertThat(chrome.findElement(By.id("filters-failed")).getAttribute("role")).isEqualTo("alert");
		assertThat(browser.text(By.id("results"))).isEqualTo(before);
		browser.checkAccessibility();

		// back online, filtering again brings the results and takes the sentence away
		chrome.findElement(By.cssSelector("form.filters button[type=submit]")).click();
		new WebDriverWait(chrome, Duration.ofSeconds(30), Browser.POLL)
			.until(ExpectedConditions.invisibilityOfElementLocated(By.id("filters-failed")));
		assertThat(browser.text(By.id("results"))).isNotEqualTo(before);
	}
}

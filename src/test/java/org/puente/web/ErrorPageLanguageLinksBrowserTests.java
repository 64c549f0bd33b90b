package org.puente.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.puente.browser.Browser;
import org.puente.browser.BrowserTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An error page has the same language links as every other page (walk 9 #25: a 409 "Conflicto" in Spanish could not
 * be switched): each leads to the address that failed in that language — for the pages of Spring's exception handlers
 * (an unknown meeting, a refused page, an unknown language) and of the container's error dispatch (an unknown
 * address). The pages are valid HTML (Nu) and axe-core clean.
 */
@BrowserTest
class ErrorPageLanguageLinksBrowserTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10)).build();

	/** The language chosen by the links stays in the shared browser's cookie: the next class would read Portuguese. */
	@org.junit.jupiter.api.AfterEach
	void forgetTheLanguageChosen() {
		new Browser(port).signOut();
	}

	@Test
	void everyErrorPageLinksTheAddressThatFailedInEachLanguage() throws Exception {
		String meeting = "/meetings/" + UUID.randomUUID();
		page(meeting, null, 404);
		page("/no-such-page/at-all?x=1", null, 404);
		page("/documents/new", "fp-panama", 403);
		page("/meetings?lang=xx", null, 400);

		Browser browser = new Browser(port);
		browser.open(meeting); // axe-core, checked by open
		List<String> links = Browser.driver().findElements(By.cssSelector("nav.lang-switch a")).stream()
			.map(a -> a.getDomAttribute("href")).toList();
		assertThat(links).containsExactly(meeting + "?lang=es", meeting + "?lang=en", meeting + "?lang=pt",
				meeting + "?lang=fr");
		WebElement english = Browser.driver().findElement(By.cssSelector("nav.lang-switch a[hreflang=en]"));
		browser.clickToNavigate(english);
		assertThat(browser.heading()).isEqualTo("Page not found");
		browser.checkAccessibility();
		browser.open("/no-such-page/at-all?lang=pt");
		assertThat(browser.heading()).isEqualTo("Página não encontrada");
	}

	/** The page's raw HTML, checked for its status, its four language links to the same address, and its validity. */
	private void page(String path, String user, int status) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(120)).header("Accept", "text/html").header("Accept-Language", "es");
		if (user != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":puente-demo-2017").getBytes(StandardCharsets.UTF_8)));
		}
		HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(path).isEqualTo(status);
		String bare = path.replaceAll("[?&]lang=[a-z]+", "").replace("&", "&amp;");
		String separator = bare.contains("?") ? "&amp;" : "?";
		for (String code : new String[] { "es", "en", "pt", "fr" }) {
			assertThat(answer.body()).as(path + " in " + code)
				.contains("href=\"" + bare + separator + "lang=" + code + "\"");
		}
		HtmlValidityTests.validPage(path, answer.body());
	}
}

package org.puente.agreements;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review's minutes mark the proposed agreements and the reading's suggestions (walk 20, left): by two background
 * colours alone, which forced colours (Windows' high contrast) replace by one system highlight. Emulated in the
 * suite's Chromium through the DevTools protocol ({@code Emulation.setEmulatedMedia}, {@code forced-colors: active}):
 * the two keep apart by their underline, solid and dotted, and a line over the text says which is which.
 */
@BrowserTest
class ReviewMarksForcedColoursBrowserTests extends BrowserPages {

	@Test
	void aProposalAndASuggestionAreToldApartInForcedColours() throws Exception {
		Path minutes = Files.createTempFile("marcas", ".txt");
		Files.writeString(minutes, ReviewSuggestionsTests.minutes().replace("estadísticas", "estadísticas (marcas)"),
				StandardCharsets.UTF_8);
		TestMinutes.sendToReview(browser, "st-crm", minutes, "Reunión de las marcas en colores forzados",
				"2019-06-22", "i1");
		String review = browser.currentPath();
		ChromeDriver chrome = (ChromeDriver) Browser.driver();
		chrome.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "forced-colors", "value", "active"))));
		try {
			browser.open(review);
			assertThat(chrome.executeScript("return matchMedia('(forced-colors: active)').matches")).isEqualTo(true);
			WebElement proposal = chrome.findElement(By.cssSelector("#minutes-source mark:not(.suggested)"));
			WebElement suggestion = chrome.findElement(By.cssSelector("#minutes-source mark.suggested"));
			assertThat(suggestion.getCssValue("background-color")).as("one system highlight for both")
				.isEqualTo(proposal.getCssValue("background-color"));
			assertThat(proposal.getCssValue("text-decoration-line")).isEqualTo("underline");
			assertThat(suggestion.getCssValue("text-decoration-line")).isEqualTo("underline");
			assertThat(proposal.getCssValue("text-decoration-style")).isEqualTo("solid");
			assertThat(suggestion.getCssValue("text-decoration-style")).isEqualTo("dotted");
			assertThat(browser.text(By.id("source-key"))).contains("línea continua", "línea de puntos");
			browser.checkAccessibility();
		}
		finally {
			chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
		}
		browser.open(review);
		browser.clickAndWaitForFlash(By.cssSelector("form[action$='/discard'] button"));
	}
}

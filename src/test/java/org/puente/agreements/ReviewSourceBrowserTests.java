package org.puente.agreements;

import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reviewer checks an agreement against the words of the minutes with the keyboard, and comes back to it: the
 * minutes stand after every agreement and suggestion, so the way back is one Tab and Enter from the words, not the
 * page's footer (walk of 5 December #4); in forced colours it still tells a proposal from a suggestion. Every page is
 * checked with axe.
 */
@BrowserTest
class ReviewSourceBrowserTests extends BrowserPages {

	@Test
	void fromTheWordsInTheMinutesOneTabAndEnterLeadBackToTheAgreement() {
		TestMinutes.sendToReview(browser, "st-crm", TestMinutes.minutaFile("vuelta desde el acta"),
				"Reunión de la vuelta desde el acta", "2017-05-12", "i3");
		String review = browser.currentPath();
		WebElement locate = Browser.driver().findElement(By.cssSelector("#item-i3 a.review-locate"));
		locate.sendKeys(Keys.ENTER);
		assertThat(active().getAttribute("id")).as("focus on the words of agreement 3").isEqualTo("src-i3");

		active().sendKeys(Keys.TAB);
		assertThat(active().getAttribute("id")).as("the next stop leads back").isEqualTo("review-back");
		assertThat(active().getText()).isEqualTo("Volver a lo que revisaba");
		browser.checkAccessibility();
		active().sendKeys(Keys.ENTER);
		assertThat(active().getAttribute("class")).isEqualTo("review-locate");
		assertThat(active().findElement(By.xpath("ancestor::li[1]")).getAttribute("id")).as("back at agreement 3")
			.isEqualTo("item-i3");

		browser.open(review);
		browser.clickAndWaitForFlash(By.cssSelector("form[action$='/discard'] button"));
	}

	/**
	 * Each agreement's dates scroll in a region of their own; named "Fechas" alone, a review of many agreements read
	 * as many regions of one name in a screen reader's list of regions (axe's landmark-unique rule, a best practice
	 * that the WCAG tags of every page's check leave out).
	 */
	@Test
	void eachAgreementsDatesAreARegionOfItsOwnName() {
		TestMinutes.sendToReview(browser, "st-crm", TestMinutes.minutaFile("regiones de fechas"),
				"Reunión de las regiones de fechas", "2017-05-13", "i2");
		String review = browser.currentPath();
		Results results = new AxeBuilder().withRules(List.of("landmark-unique")).setLegacyMode(true)
			.analyze(Browser.driver());
		assertThat(results.getViolations()).extracting(Rule::getId).isEmpty();

		browser.open(review);
		browser.clickAndWaitForFlash(By.cssSelector("form[action$='/discard'] button"));
	}

	/**
	 * The minutes mark the proposed agreements and the reading's suggestions (walk 20, left): by two background colours
	 * alone, which forced colours (Windows' high contrast) replace by one system highlight. Emulated through the
	 * DevTools protocol ({@code Emulation.setEmulatedMedia}, {@code forced-colors: active}): the two keep apart by their
	 * underline, solid and dotted, and a line over the text says which is which.
	 */
	@Test
	void aProposalAndASuggestionAreToldApartInForcedColours() {
		TestMinutes.sendToReview(browser, "st-crm", TestMinutes.suggestionsFile("marcas"),
				"Reunión de las marcas en colores forzados", "2019-06-22", "i1");
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

	private static WebElement active() {
		return Browser.driver().switchTo().activeElement();
	}
}

package org.puente.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.puente.browser.Browser;
import org.puente.browser.BrowserTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walk 9 counted 108 Tab presses from the top of the good-practice form to "Resultados" and 84 from the top of the
 * flows page to the chart's selects. Each page's skip links now take a keyboard user there in a few presses: the
 * count of Tab presses is what is checked (and printed with the count by Tab alone), not a time. Every page is
 * axe-core clean.
 */
@BrowserTest
class SkipLinksBrowserTests {

	private static final By SKIP_TO_CONTENT = By.cssSelector("a.skip-link[href='#main']");

	@LocalServerPort
	int port;

	@Test
	void theFirstSearchResultIsThreeTabsFromTheTopOfThePage() {
		Browser browser = new Browser(port);
		browser.signOut().open("/search?q=migraci%C3%B3n");
		By first = By.cssSelector(".search-results .hit-title a");
		int alone = tabsAlone(first);
		browser.open("/search?q=migraci%C3%B3n");
		int skipping = tabsVia(List.of(SKIP_TO_CONTENT, By.id("skip-to-results")), first);
		report("/search?q=migración, first result", alone, skipping);
		assertThat(skipping).isLessThanOrEqualTo(3).isLessThan(alone);
		// the results are a region named by their heading, which the skip link leaves the focus on
		assertThat(Browser.driver().findElement(By.cssSelector("section[aria-labelledby='results-heading'] ol.search-results")))
			.isNotNull();
	}

	@Test
	void thePublishedPracticesAreThreeTabsFromTheTopOfTheList() {
		Browser browser = new Browser(port);
		browser.signOut().open("/practices");
		By first = By.cssSelector("#published a");
		int alone = tabsAlone(first);
		browser.open("/practices");
		int skipping = tabsVia(List.of(SKIP_TO_CONTENT, By.id("skip-to-published")), first);
		report("/practices, first published practice", alone, skipping);
		assertThat(skipping).isLessThanOrEqualTo(3).isLessThan(alone);
	}

	@Test
	void theResultsOfANewPracticeAreAFewTabsFromTheTopOfTheForm() {
		Browser browser = new Browser(port);
		browser.signIn("fp-panama").open("/practices/new");
		By results = By.id("results");
		int alone = tabsAlone(results);
		browser.open("/practices/new");
		int skipping = tabsVia(List.of(SKIP_TO_CONTENT, By.cssSelector(".form-parts a[href='#results']")), results);
		report("/practices/new, \"Resultados y evidencia\"", alone, skipping);
		assertThat(alone).as("walk 9 counted 108").isGreaterThan(50);
		assertThat(skipping).isLessThanOrEqualTo(7);
		browser.open("/practices/new");
		int save = tabsVia(List.of(SKIP_TO_CONTENT, By.cssSelector(".form-parts a[href='#save']")), By.id("save"));
		assertThat(save).isLessThanOrEqualTo(9);
	}

	@Test
	void theChartsControlsAreThreeTabsFromTheTopOfTheFlowsPage() {
		Browser browser = new Browser(port);
		browser.signIn("st-csm").open("/flows");
		By country = By.id("flow-country");
		int alone = tabsAlone(country);
		browser.open("/flows");
		int skipping = tabsVia(List.of(SKIP_TO_CONTENT, By.id("skip-to-series")), country);
		report("/flows (st-csm), the chart's country", alone, skipping);
		assertThat(skipping).isLessThanOrEqualTo(3).isLessThan(alone);
		browser.signOut();
	}

	/** Tab presses from the top of the page to the target, by Tab alone. */
	private static int tabsAlone(By target) {
		return tabsVia(List.of(), target);
	}

	/** Tab presses from the top of the page to the target, pressing Enter on each link on the way as it is reached. */
	private static int tabsVia(List<By> links, By target) {
		int tabs = 0;
		for (By link : links) {
			tabs += tabTo(link);
			Browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
		}
		return tabs + tabTo(target);
	}

	private static int tabTo(By by) {
		WebElement target = Browser.driver().findElement(by);
		WebElement focused = Browser.driver().switchTo().activeElement();
		int tabs = 0;
		while (!focused.equals(target)) {
			assertThat(tabs).as("reached with fewer than 300 Tab presses: %s", by).isLessThan(300);
			focused.sendKeys(Keys.TAB);
			tabs++;
			focused = Browser.driver().switchTo().activeElement();
		}
		return tabs;
	}

	private static void report(String page, int alone, int skipping) {
		System.out.printf("Tab presses to %s: %d by Tab alone, %d with the skip links%n", page, alone, skipping);
	}
}

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
		Browser browser = new Browser(port).signOut();
		Counts counts = count(browser, "/search?q=migraci%C3%B3n", By.id("skip-to-results"),
				By.cssSelector(".search-results .hit-title a"));
		assertThat(counts.skipping()).isLessThanOrEqualTo(3).isLessThan(counts.alone());
		// the results are a region named by their heading, which the skip link leaves the focus on
		assertThat(Browser.driver().findElements(By.cssSelector("section[aria-labelledby='results-heading'] ol.search-results")))
			.hasSize(1);
	}

	@Test
	void thePublishedPracticesAreThreeTabsFromTheTopOfTheList() {
		Browser browser = new Browser(port).signOut();
		Counts counts = count(browser, "/practices", By.id("skip-to-published"), By.cssSelector("#published a"));
		assertThat(counts.skipping()).isLessThanOrEqualTo(3).isLessThan(counts.alone());
	}

	@Test
	void theResultsOfANewPracticeAreAFewTabsFromTheTopOfTheForm() {
		Browser browser = new Browser(port).signInByScript("fp-panama");
		Counts counts = count(browser, "/practices/new", By.cssSelector(".form-parts a[href='#results']"),
				By.id("results"));
		assertThat(counts.alone()).as("walk 9 counted 108").isGreaterThan(50);
		assertThat(counts.skipping()).isLessThanOrEqualTo(7);
		browser.open("/practices/new");
		int save = tabsVia(List.of(SKIP_TO_CONTENT, By.cssSelector(".form-parts a[href='#save']")), By.id("save"));
		assertThat(save).isLessThanOrEqualTo(9);
	}

	@Test
	void theChartsControlsAreThreeTabsFromTheTopOfTheFlowsPage() {
		Browser browser = new Browser(port).signInByScript("st-csm");
		Counts counts = count(browser, "/flows", By.id("skip-to-series"), By.id("flow-country"));
		assertThat(counts.skipping()).isLessThanOrEqualTo(3).isLessThan(counts.alone());
		browser.signOut();
	}

	private record Counts(int alone, int skipping) {
	}

	/**
	 * Tab presses from the top of the page to the target, by Tab alone and through the layout's skip link and the
	 * page's own (Enter on each), printed.
	 */
	private static Counts count(Browser browser, String path, By skipLink, By target) {
		browser.open(path);
		int alone = tabsAlone(target);
		browser.open(path);
		int skipping = tabsVia(List.of(SKIP_TO_CONTENT, skipLink), target);
		System.out.printf("Tab presses to %s on %s: %d by Tab alone, %d with the skip links%n", target, path, alone,
				skipping);
		return new Counts(alone, skipping);
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
}

package org.puente.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.puente.agreements.TestMinutes;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.web.SmallScreens.backendNodeId;
import static org.puente.web.SmallScreens.js;
import static org.puente.web.SmallScreens.screen;
import static org.puente.web.SmallScreens.sidewaysOverflow;
import static org.puente.web.SmallScreens.tabTo;

/**
 * The readers walk 15 looked at (docs/walkthrough-2026-12-06-reflow.md): a phone 320 CSS px wide (WCAG 1.4.10), text
 * enlarged to 200 % (1.4.4, as the root font size) and a keyboard (2.4.3, 2.4.7). What is measured is what a reader
 * meets: how far the page reaches beyond the screen, whether a box that scrolls can be reached and is named, whether
 * a heading is cut, where a focused link shows.
 */
@BrowserTest
class ReflowBrowserTests extends BrowserPages {

	@AfterEach
	void backToTheDesk() {
		SmallScreens.desk();
	}

	/** Walk 15: the home's panels reached 16 px beyond the screen, the search's checkbox pushed its label 64 px. */
	@Test
	void noPageScrollsSidewaysOnAScreen320PxWide() {
		browser.signInByScript("st-crm");
		screen(320, 640);
		for (String page : List.of("/home", "/search?q=migraci%C3%B3n", "/meetings/month")) {
			browser.open(page);
			assertThat(sidewaysOverflow()).as("how far %s reaches beyond a 320 px screen", page).isZero();
		}
	}

	/**
	 * With text at 200 % on a desk's screen the agreement board reached 51 px beyond it (the tables scrolled in a box
	 * of their own only on narrow screens); the experts' roster scrolled in a box a keyboard could not reach.
	 */
	@Test
	void aTableWiderThanTheScreenScrollsInANamedRegionTheKeyboardReaches() {
		browser.signInByScript("st-crm");
		screen(1280, 800);
		for (String page : List.of("/agreements/board?lang=fr", "/experts?lang=pt")) {
			browser.open(page);
			js("document.documentElement.style.fontSize = '200%'");
			new WebDriverWait(Browser.driver(), Duration.ofSeconds(10), Browser.POLL)
				.withMessage(() -> page + " with text at 200 %: " + js("""
						return 'reaches ' + (document.documentElement.scrollWidth - innerWidth) + ' px beyond the screen; '
						  + Array.from(document.querySelectorAll('table.table')).map(function (t) {
						    var box = t.parentElement;
						    return box.className + ' scrolls ' + (box.scrollWidth > box.clientWidth) + ' tabindex '
						      + box.getAttribute('tabindex') + ' role ' + box.getAttribute('role');
						  }).join('; ')"""))
				.until(d -> Boolean.TRUE.equals(js("""
						var boxes = Array.from(document.querySelectorAll('table.table')).map(function (t) { return t.parentElement; });
						var scrolling = boxes.filter(function (b) { return b.scrollWidth > b.clientWidth + 1; });
						return document.documentElement.scrollWidth <= innerWidth && scrolling.length > 0
						  && scrolling.every(function (b) {
						    var name = document.getElementById(b.getAttribute('aria-labelledby'));
						    return b.getAttribute('tabindex') === '0' && b.getAttribute('role') === 'region'
						      && name !== null && name.textContent.trim() !== '';
						  });""")));
			browser.checkAccessibility();
			// the region is a Tab stop, and its focus shows (the layout's outline)
			WebElement region = Browser.driver().findElement(By.cssSelector("[role=region][tabindex='0']"));
			tabTo(region);
			assertThat(js("var s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth + ' '"
					+ " + s.outlineColor")).as(page).isEqualTo("solid 3px rgb(255, 191, 71)");
		}
	}

	/**
	 * A round's sessions each have a table per conference, captioned alike ("CRM: 0 of 3 places"): on a phone each
	 * scrolls, and each region is named with its session too, so that a screen reader's list of regions tells them apart.
	 */
	@Test
	void tablesCaptionedAlikeAreRegionsToldApart() {
		browser.signInAndOpen("st-crm", "/experts/rounds?lang=es");
		browser.type("title", "Ronda en 320 px " + System.nanoTime());
		browser.click(By.id("round-session-1"));
		browser.click(By.id("round-session-6"));
		browser.type("quota", "3");
		browser.setValue("deadline", java.time.LocalDate.now().plusDays(10).toString());
		browser.clickAndWaitForFlash(By.id("open-round"));
		String round = browser.currentPath().replaceAll("#.*", "");
		screen(320, 640);
		browser.open(round); // axe-core: two regions of one name would be a violation (landmark-unique)
		List<?> names = (List<?>) js("""
				return Array.from(document.querySelectorAll('table.nominations')).map(function (t) {
				  var box = t.parentElement;
				  return box.getAttribute('role') + ': ' + (box.getAttribute('aria-labelledby') || '').split(' ')
				    .map(function (id) { var e = document.getElementById(id); return e ? e.textContent.trim() : '?'; }).join(' — ');
				});""");
		assertThat(names).hasSizeGreaterThanOrEqualTo(4).doesNotHaveDuplicates().allMatch(n -> n.toString().startsWith("region: "));
	}

	/**
	 * The review's list of parties to choose from was laid out in columns in a box of fixed height: the columns went on
	 * to the right, and on a 320 px screen the box showed 4 of its parties and scrolled sideways for the rest.
	 */
	@Test
	void thePartiesToChooseFromScrollDownNotSideways() {
		TestMinutes.sendToReview(browser, "st-crm", TestMinutes.minutaFile("reflow"), "Revisión en 320 px", "2017-05-11",
				"i1");
		screen(320, 640);
		browser.open(browser.currentPath());
		js("document.querySelectorAll('.party-more').forEach(function (d) { d.open = true; })");
		List<?> options = (List<?>) js("""
				return Array.from(document.querySelectorAll('.party-options')).map(function (o) {
				  return [o.scrollWidth - o.clientWidth, o.scrollHeight - o.clientHeight];
				});""");
		assertThat(options).isNotEmpty();
		for (Object o : options) {
			List<?> overflow = (List<?>) o;
			assertThat(((Number) overflow.get(0)).longValue()).as("sideways overflow of a list of parties").isLessThanOrEqualTo(1);
			assertThat(((Number) overflow.get(1)).longValue()).as("the list scrolls down").isPositive();
		}
	}

	/**
	 * A date field at the edge of the review's dates table sat 4 px from the edge of the box that scrolls the table:
	 * the box cut the outer pixel of its 5 px focus ring (a 3 px outline 2 px away, over a 5 px shadow).
	 */
	@Test
	void theFocusRingOfADateFieldIsNotCutByItsTablesBox() {
		TestMinutes.sendToReview(browser, "st-crm", TestMinutes.minutaFile("anillo"), "Revisión con teclado", "2017-05-11",
				"i1");
		Number room = (Number) js("""
				var box = document.querySelector('.review-dates-scroll');
				var b = box.getBoundingClientRect();
				return Math.min.apply(null, Array.from(box.querySelectorAll('input, select')).map(function (f) {
				  return f.getBoundingClientRect().left - b.left;
				}));""");
		assertThat(room.doubleValue()).as("px between the box's edge and its first column's fields").isGreaterThanOrEqualTo(5);
	}

	/** On a phone the dates table's "Quitar" heading was one letter a line: a heading row 180 px high, mostly empty. */
	@Test
	void theDatesTablesHeadingsKeepTheirWordsWholeOnAPhone() {
		TestMinutes.sendToReview(browser, "st-crm", TestMinutes.minutaFile("palabras"), "Revisión con encabezados",
				"2017-05-11", "i1");
		screen(320, 640);
		browser.open(browser.currentPath());
		List<?> headings = (List<?>) js("""
				var lineHeight = parseFloat(getComputedStyle(document.querySelector('.review-dates th')).lineHeight);
				return Array.from(document.querySelectorAll('.review-dates th'))
				  .filter(function (th) { return th.getBoundingClientRect().height > 3 * lineHeight; })
				  .map(function (th) { return th.textContent.trim() + ' ' + Math.round(th.getBoundingClientRect().height) + ' px'; });""");
		assertThat(headings).as("headings taller than three lines").isEmpty();
	}

	/**
	 * On a phone the header (brand, search, languages, the role's links, the main navigation in five rows) took 450 of
	 * the 640 px of the first screen: the page's heading began at its bottom. The main navigation is behind a "Menu"
	 * that opens with the keyboard; on a desk's screen it shows as before.
	 */
	@Test
	void onAPhoneTheNavigationIsBehindAMenuAndThePagesHeadingIsOnTheFirstScreen() {
		browser.signInByScript("st-crm");
		screen(320, 640);
		browser.open("/agreements?lang=fr");
		assertThat(((Number) js("return document.querySelector('main h1').getBoundingClientRect().top")).doubleValue())
			.as("px above the page's heading on a 640 px screen (the header's parts, top + height: %s)", js("""
					return ['.brand', '.site-search', '.lang-switch', '.account', '.site-menu'].map(function (q) {
					  var r = document.querySelector(q).getBoundingClientRect();
					  return q + ' ' + Math.round(r.top) + ' + ' + Math.round(r.height);
					}).join('; ')"""))
			.isLessThan(360); // 500 px before the menu, 318 with it (under 200 since: ReflowFollowUpBrowserTests)
		// (WebDriver's isDisplayed holds anything in a closed details hidden, whatever the CSS: the browser is asked)
		String navigationShows = "return document.querySelector(\".main-nav a[href$='/documents']\").checkVisibility()";
		assertThat(js(navigationShows)).as("the main navigation shows while the menu is closed").isEqualTo(false);
		WebElement documents = Browser.driver().findElement(By.cssSelector(".main-nav a[href$='/documents']"));
		// the skip link is still the first Tab stop
		Browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
		assertThat(Browser.driver().switchTo().activeElement().getAttribute("class")).isEqualTo("skip-link");
		WebElement menu = Browser.driver().findElement(By.cssSelector("summary.site-menu-button"));
		assertThat(menu.getText()).isEqualTo("Menu");
		tabTo(menu);
		menu.sendKeys(Keys.ENTER);
		assertThat(js(navigationShows)).as("the main navigation shows once the menu is open").isEqualTo(true);
		tabTo(documents);
		browser.checkAccessibility();
		// the languages and the sign-out stay within reach of the Tab key
		tabTo(Browser.driver().findElement(By.cssSelector(".lang-switch a[hreflang=pt]")));
		tabTo(Browser.driver().findElement(By.cssSelector(".account button")));
		// a desk's screen: no menu, the navigation in view
		screen(1280, 800);
		browser.open("/agreements?lang=fr");
		assertThat(Browser.driver().findElement(By.cssSelector("summary.site-menu-button")).isDisplayed()).isFalse();
		assertThat(js(navigationShows)).as("the main navigation shows on a desk's screen").isEqualTo(true);
		tabTo(Browser.driver().findElement(By.cssSelector(".main-nav a[href$='/documents']")));
		// and a screen reader finds it there (the accessibility tree, not WebDriver's idea of what shows)
		Map<String, Object> found = ((ChromeDriver) Browser.driver()).executeCdpCommand("Accessibility.queryAXTree", Map.of(
				"backendNodeId", backendNodeId(".main-nav"), "accessibleName", "Documents", "role", "link"));
		assertThat((List<?>) found.get("nodes")).as("the navigation's link in the accessibility tree").hasSize(1)
			.allMatch(n -> !Boolean.TRUE.equals(((Map<?, ?>) n).get("ignored")));
	}

	/** The search's own skip link showed at the top of the page, 400 px above where the Tab key had got to. */
	@Test
	void aPagesOwnSkipLinkShowsWhereTheTabKeyIs() {
		browser.signOut();
		screen(320, 640);
		browser.open("/search?q=migraci%C3%B3n");
		tabTo(Browser.driver().findElement(By.id("skip-to-results")));
		Object[] tops = ((List<?>) js("""
				var top = function (e) { return e.getBoundingClientRect().top + scrollY; };
				return [top(document.activeElement), top(document.getElementById('main'))];""")).toArray();
		assertThat(((Number) tops[0]).doubleValue()).as("the focused skip link's top against the content's")
			.isGreaterThanOrEqualTo(((Number) tops[1]).doubleValue());
	}

	/** The month's column headings were cut to "m…", "m…" (mardi, mercredi) on a phone: two days alike. */
	@Test
	void theMonthsColumnHeadingsAreWholeAndDistinctOnAPhone() {
		browser.signOut();
		screen(320, 640);
		browser.open("/meetings/month?month=2017-06&lang=fr");
		List<?> cut = (List<?>) js("""
				return Array.from(document.querySelectorAll('.month-grid th'))
				  .filter(function (th) { return th.scrollWidth > th.clientWidth; }).map(function (th) { return th.innerText; });""");
		assertThat(cut).as("column headings cut").isEmpty();
		// what shows: the heading's parts wider than the 1 px of a text kept for screen readers
		@SuppressWarnings("unchecked")
		List<Object> shown = (List<Object>) js("""
				return Array.from(document.querySelectorAll('.month-grid th')).map(function (th) {
				  var parts = Array.from(th.children).filter(function (s) { return s.getBoundingClientRect().width > 1; });
				  return (parts.length ? parts.map(function (s) { return s.textContent; }).join('') : th.textContent).trim();
				});""");
		assertThat(shown).hasSize(7).doesNotHaveDuplicates().contains("mer.");
		// a screen reader still hears the day's name
		assertThat(Browser.driver().findElement(By.cssSelector(".month-grid th:nth-child(3)")).getAttribute("textContent"))
			.contains("mercredi");
	}
}

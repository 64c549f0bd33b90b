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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.web.SmallScreens.backendNodeId;
import static org.puente.web.SmallScreens.js;
import static org.puente.web.SmallScreens.list;
import static org.puente.web.SmallScreens.screen;
import static org.puente.web.SmallScreens.sidewaysOverflow;
import static org.puente.web.SmallScreens.tabTo;

/**
 * What walk 15 left (docs/walkthrough-2026-12-06-reflow.md, #9, #10, #12): a phone's header, the search with text at
 * 200 % on a phone, and the focus ring of a link half outside its table's box.
 */
@BrowserTest
class ReflowFollowUpBrowserTests extends BrowserPages {

	@AfterEach
	void backToTheDesk() {
		SmallScreens.desk();
	}

	/**
	 * Walk 15, #9 again: with the main navigation behind "Menu", the languages and the role's links still took 160 px of
	 * a phone's header (the page's heading at 318 px of a 320 px screen, 262 of a 360 px one). They wait in the menu
	 * too, reached by the keyboard and each language link named in its own language; on a desk's screen they show
	 * without a click.
	 */
	@Test
	void onAPhoneTheLanguagesAndTheRolesLinksWaitInTheMenu() {
		browser.signInByScript("st-crm");
		String headerParts = """
				return ['.brand', '.site-search', '.site-menu', 'main h1'].map(function (q) {
				  var r = document.querySelector(q).getBoundingClientRect();
				  return q + ' ' + Math.round(r.top) + ' + ' + Math.round(r.height);
				}).join('; ')""";
		for (int width : new int[] { 360, 320 }) {
			screen(width, 640);
			browser.open("/agreements?lang=fr");
			assertThat(((Number) js("return document.querySelector('main h1').getBoundingClientRect().top")).doubleValue())
				.as("px above the page's heading on a %d×640 screen (%s)", width, js(headerParts))
				.isLessThan(200); // the task's 300 px held before at 360 (262); 318 at 320
		}
		String languagesShow = "return Array.from(document.querySelectorAll('.lang-switch a, .role-nav a'))"
				+ ".map(function (a) { return a.checkVisibility(); })";
		assertThat(list(languagesShow)).as("languages and role's links shown while the menu is closed")
			.hasSize(7).containsOnly(false);
		// each language link says its language to a screen reader, and where it leads
		assertThat(list("""
				return Array.from(document.querySelectorAll('.lang-switch a')).map(function (a) {
				  return a.getAttribute('lang') + ' ' + a.getAttribute('hreflang');
				})""")).containsExactly("es es", "en en", "pt pt", "fr fr");
		WebElement menu = Browser.driver().findElement(By.cssSelector("summary.site-menu-button"));
		tabTo(menu);
		menu.sendKeys(Keys.ENTER);
		assertThat(list(languagesShow)).as("once the menu is open").containsOnly(true);
		tabTo(Browser.driver().findElement(By.cssSelector(".role-nav a[href$='/agreements/reviews']")));
		tabTo(Browser.driver().findElement(By.cssSelector(".lang-switch a[hreflang=pt]")));
		Map<String, Object> found = ((ChromeDriver) Browser.driver()).executeCdpCommand("Accessibility.queryAXTree", Map.of(
				"backendNodeId", backendNodeId(".lang-switch"), "accessibleName", "português", "role", "link"));
		assertThat((List<?>) found.get("nodes")).as("the language's link in the accessibility tree").hasSize(1)
			.allMatch(n -> !Boolean.TRUE.equals(((Map<?, ?>) n).get("ignored")));
		browser.checkAccessibility();
		// a desk's screen: in the header's first screen, without a click
		screen(1280, 800);
		browser.open("/agreements?lang=fr");
		assertThat(list(languagesShow)).as("on a desk's screen").containsOnly(true);
		assertThat(((Number) js("return document.querySelector('.lang-switch').getBoundingClientRect().bottom")).doubleValue())
			.isLessThan(200);
	}

	/**
	 * Walk 15, #12: a link of the board's text column half outside its table's box, focused, stayed where it was (Chrome
	 * does not scroll a partly visible element): the box cut its focus ring, 6.8 px of it. After a filter too, whose
	 * table htmx swaps in.
	 */
	@Test
	void aLinkHalfOutsideItsTablesBoxComesWhollyIntoItWhenFocused() {
		browser.signInByScript("st-crm");
		screen(320, 640);
		browser.open("/agreements/board?lang=fr");
		WebElement before = Browser.driver().findElement(By.cssSelector(".agreements-table"));
		new Select(Browser.driver().findElement(By.id("process"))).selectByValue("CRM");
		new WebDriverWait(Browser.driver(), Duration.ofSeconds(30), Browser.POLL)
			.until(ExpectedConditions.stalenessOf(before));
		new WebDriverWait(Browser.driver(), Duration.ofSeconds(30), Browser.POLL).until(d -> Boolean.TRUE.equals(js(
				"var t = document.querySelector('.agreements-table'); return !!t && t.parentElement.matches('.table-scroll')")));
		WebElement link = (WebElement) js("""
				var box = document.querySelector('.agreements-table').parentElement;
				var right = box.getBoundingClientRect().left + box.clientLeft + box.clientWidth;
				return Array.from(box.querySelectorAll('a')).find(function (a) {
				  var r = a.getBoundingClientRect();
				  return r.left < right - 20 && r.right + 5 > right;
				}) || null;""");
		assertThat(link).as("a link the box cuts at its right edge").isNotNull();
		tabTo(link);
		Number outside = (Number) js("""
				var a = document.activeElement, box = a.closest('.table-scroll'), s = getComputedStyle(a);
				var ring = parseFloat(s.outlineWidth) + parseFloat(s.outlineOffset);
				var b = box.getBoundingClientRect(), r = a.getBoundingClientRect();
				var left = b.left + box.clientLeft, top = b.top + box.clientTop;
				return Math.max(0, left - (r.left - ring), (r.right + ring) - (left + box.clientWidth),
				  top - (r.top - ring), (r.bottom + ring) - (top + box.clientHeight));""");
		assertThat(outside.doubleValue()).as("px of the focused link's ring outside its table's box").isZero();
		browser.checkAccessibility();
	}

	/**
	 * At 320 px with text at 200 % (beyond WCAG's 400 % zoom) the search reached 442 px in French, 391 in Portuguese:
	 * the facets' column grew to its widest label, the header's button "Rechercher" stood beside a box squeezed to
	 * nothing, and a word of the prompt («extrarregionales») was wider than the screen.
	 */
	@Test
	void theSearchFitsAPhoneWithTextAt200Percent() {
		browser.signInByScript("st-crm");
		screen(320, 640);
		for (String page : List.of("/search?lang=es", "/search?q=migraci%C3%B3n&lang=fr", "/search?q=migraci%C3%B3n&lang=pt")) {
			browser.open(page);
			js("document.documentElement.style.fontSize = '200%'");
			assertThat(sidewaysOverflow()).as("how far %s reaches beyond a 320 px screen with text at 200 %%", page).isZero();
			browser.checkAccessibility();
		}
	}
}

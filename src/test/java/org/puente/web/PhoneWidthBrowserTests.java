package org.puente.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone (390 px wide, as a diplomat reads Puente between meetings) no page scrolls sideways: a table wider than
 * the screen scrolls inside itself, and forms, filters and lists of facts fit. Found by hand in the walk-through of
 * 4 December 2026 (docs/walkthrough-2026-12-04.md), where 22 pages did.
 */
@BrowserTest
class PhoneWidthBrowserTests extends BrowserPages {

	/** Pages with the widest tables, filters, facts and forms of each capability. */
	private static final List<String> PAGES = List.of("/agreements/board", "/agreements", "/meetings", "/documents",
			"/documents/inputs", "/drafting", "/flows", "/glossary", "/directory", "/directory/roles", "/practices",
			"/practices/ranking", "/consultations", "/experts/rounds", "/experts/import", "/account",
			"/agreements/reviews");

	@AfterEach
	void backToTheDesk() {
		((ChromeDriver) Browser.driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	@Test
	void noPageScrollsSidewaysOnAPhone() {
		browser.signInByScript("st-crm");
		onAPhone();
		for (String page : PAGES) {
			browser.open(page);
			assertThat(sidewaysOverflow()).as("how far %s reaches beyond a 390 px screen", page).isZero();
		}
	}

	@Test
	void theReviewOfMinutesFitsAPhone() throws Exception {
		browser.signInByScript("st-crm");
		browser.open("/agreements/reviews");
		browser.attach("file", org.puente.agreements.TestMinutes.minutaFile("teléfono"));
		browser.type("meetingTitle", "Revisión en el teléfono");
		browser.setValue("meetingDate", "2017-05-11");
		browser.clickToNavigate(org.openqa.selenium.By.cssSelector("form.form button[type=submit]"));
		onAPhone();
		browser.open(browser.currentPath());
		assertThat(sidewaysOverflow()).as("how far the review reaches beyond a 390 px screen").isZero();
	}

	/** The screen of a phone, touch and all, until the test ends. */
	private static void onAPhone() {
		((ChromeDriver) Browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
	}

	/** Pixels the page is wider than the screen: what a person would have to scroll sideways to read. */
	private static long sidewaysOverflow() {
		Object[] widths = ((List<?>) ((JavascriptExecutor) Browser.driver())
			.executeScript("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]"))
			.toArray();
		return Math.max(0, ((Number) widths[0]).longValue() - ((Number) widths[1]).longValue());
	}
}

package org.puente.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.web.SmallScreens.js;
import static org.puente.web.SmallScreens.screen;

/**
 * Walk 17: on a desk's screen the header's "Rechercher" sat under its search box, the box stretched to the whole
 * form — in every language in fact, at every width above a phone's: the form fields' rule (width: 100 %) won over
 * the header's by coming later in the style sheet.
 */
@BrowserTest
class HeaderSearchBrowserTests extends BrowserPages {

	@AfterEach
	void backToTheDesk() {
		SmallScreens.desk();
	}

	/** Where the header's search box and its button are, and how tall the header's first row is. */
	@SuppressWarnings("unchecked")
	private static Map<String, Number> searchRow() {
		return (Map<String, Number>) js("""
				var box = document.querySelector('.site-search input').getBoundingClientRect();
				var button = document.querySelector('.site-search button').getBoundingClientRect();
				return { boxTop: box.top, boxRight: box.right, boxWidth: box.width, buttonTop: button.top,
				  buttonLeft: button.left, row: document.querySelector('.header-row').getBoundingClientRect().height };""");
	}

	@Test
	void theSearchButtonStandsBesideItsBoxOnADesksScreen() {
		browser.signOut(); // anonymous: ?lang= would otherwise become an earlier test's account's language
		for (int width : new int[] { 1280, 800 }) {
			screen(width, 800);
			for (String language : List.of("fr", "pt", "es", "en")) {
				browser.open("/meetings?lang=" + language);
				Map<String, Number> row = searchRow();
				assertThat(row.get("buttonTop").doubleValue()).as("%s at %d px: the button's top, the box's %s", language,
						width, row).isEqualTo(row.get("boxTop").doubleValue());
				assertThat(row.get("buttonLeft").doubleValue()).isGreaterThan(row.get("boxRight").doubleValue());
				assertThat(row.get("boxWidth").doubleValue()).as("the box's width (14rem)").isEqualTo(224);
				assertThat(row.get("row").doubleValue()).as("the header's first row, one line").isLessThan(70);
			}
		}
		// a phone keeps its own layout: the box and the button on one row, as wide as the screen allows
		screen(360, 640);
		browser.open("/meetings?lang=fr");
		Map<String, Number> phone = searchRow();
		assertThat(phone.get("buttonTop").doubleValue()).as("on a phone: %s", phone).isEqualTo(phone.get("boxTop")
			.doubleValue());
		assertThat(SmallScreens.sidewaysOverflow()).isZero();
	}
}

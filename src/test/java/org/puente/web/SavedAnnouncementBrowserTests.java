package org.puente.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change saved is said on the page its redirect leads to (layout.html's announcement), and that announcement takes
 * the focus, as a refusal's summary does: present when the page loads, a status region is read by no screen reader,
 * and the focus stayed on the page itself (walk17 #10: a proposal saved; walk18: minutes confirmed).
 */
@BrowserTest
class SavedAnnouncementBrowserTests extends BrowserPages {

	@Test
	void theAnnouncementOfAChangeSavedTakesTheFocus() {
		browser.signInAndOpen("st-crm", "/directory/gazetteer");
		browser.type("alias", "Cancillería anunciada");
		WebElement saved = browser.clickAndWaitForFlash(
				By.cssSelector("form[action$='/gazetteer'][method=post] button[type=submit]"));

		assertThat(saved.getAttribute("role")).isEqualTo("status");
		// once the page has loaded
		new WebDriverWait(Browser.driver(), Duration.ofSeconds(20), Browser.POLL)
			.until(d -> "flash".equals(d.switchTo().activeElement().getAttribute("id")));
		assertThat(Browser.driver().switchTo().activeElement().getText()).isEqualTo(saved.getText());
		browser.checkAccessibility();
	}
}

package org.puente.accounts;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IOM's observer switches the meeting notices off on their profile with the keyboard, and on again; axe-core on the
 * profile. A focal point's profile has the same choice, beside those of the other notices that reach a focal point:
 * every notice mail can be stopped, from the mail or here (until notices14 a country's notices were not theirs to
 * stop, yet nothing but the mail told them how to stop receiving them).
 */
@BrowserTest
class ObserverNoticesBrowserTests extends BrowserPages {

	@Test
	void anObserverSwitchesMeetingNoticesOffAndOnAgain() {
		browser.signInAndOpen("observer-oim", "/account?lang=en");
		assertThat(browser.text(By.id("meeting-notices"))).isEqualTo("Meeting notices");
		assertThat(Browser.driver().findElement(By.id("meetingNoticesChoice")).isSelected()).isTrue();
		Browser.driver().findElement(By.id("meetingNoticesChoice")).sendKeys(Keys.SPACE);
		browser.clickAndWaitForFlash(By.id("save-meeting-notices"));
		assertThat(browser.text(By.cssSelector(".flash"))).contains("You will no longer receive meeting notices");
		assertThat(Browser.driver().findElement(By.id("meetingNoticesChoice")).isSelected()).isFalse();
		browser.checkAccessibility();
		Browser.driver().findElement(By.id("meetingNoticesChoice")).sendKeys(Keys.SPACE);
		browser.clickAndWaitForFlash(By.id("save-meeting-notices"));
		assertThat(Browser.driver().findElement(By.id("meetingNoticesChoice")).isSelected()).isTrue();

		browser.signInAndOpen("fp-panama", "/account");
		assertThat(Browser.driver().findElements(By.id("meeting-notices"))).hasSize(1);
		assertThat(Browser.driver().findElements(By.id("consultation-notices"))).hasSize(1);
	}
}

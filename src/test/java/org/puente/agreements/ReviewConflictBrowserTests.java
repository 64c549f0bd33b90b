package org.puente.agreements;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One reviewer, two tabs on the same agreement (walk-through of 4 December, #9): tab B's save after tab A's shows A's
 * theme beside B's text, keeps B's text in the form, and saving with B's text chosen keeps A's theme. Axe-checked.
 */
@BrowserTest
class ReviewConflictBrowserTests extends BrowserPages {

	@Test
	void theSecondTabKeepsItsTextAndDoesNotUndoTheFirstTabsTheme() throws Exception {
		Path minutes = TestMinutes.minutaFile("dos pestañas en el navegador");
		TestMinutes.sendToReview(browser, "st-crm", minutes, "Reunión de prueba de las dos pestañas", "2017-06-03",
				"i1");
		WebDriver driver = Browser.driver();
		String review = browser.currentPath();
		String tabA = driver.getWindowHandle();
		driver.switchTo().newWindow(WindowType.TAB);
		String tabB = driver.getWindowHandle();
		try {
			browser.open(review);
			String original = driver.findElement(By.id("text-i1")).getAttribute("value");
			browser.type("text-i1", "Texto corregido en la pestaña B");

			driver.switchTo().window(tabA);
			browser.type("theme-i1", "Tema puesto en la pestaña A");
			browser.clickAndWaitForFlash(By.id("save-i1"));

			// B saves on a page older than A's save: refused, B's text kept, A's theme beside it
			driver.switchTo().window(tabB);
			browser.clickToNavigate(By.id("save-i1"));
			browser.waitFor(By.id("i1-conflict"));
			browser.checkAccessibility();
			assertThat(driver.findElement(By.id("text-i1")).getAttribute("value"))
				.isEqualTo("Texto corregido en la pestaña B");
			assertThat(browser.text(By.id("i1-conflict"))).contains("Tema puesto en la pestaña A")
				.contains("Texto corregido en la pestaña B").contains(original.strip().split("\\s+")[0]);

			// B keeps its text; A's theme stays
			browser.click(By.id("i1-keep-text"));
			browser.clickAndWaitForFlash(By.id("save-i1"));
			browser.checkAccessibility();
			// the confirmation takes the focus once the page has loaded, so a screen reader says it (walk13 #21)
			new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
				.until(d -> "status".equals(d.switchTo().activeElement().getAttribute("role")));
			assertThat(driver.switchTo().activeElement().getAttribute("class")).contains("flash");
			assertThat(driver.findElement(By.id("text-i1")).getAttribute("value"))
				.isEqualTo("Texto corregido en la pestaña B");
			assertThat(driver.findElement(By.id("theme-i1")).getAttribute("value"))
				.isEqualTo("Tema puesto en la pestaña A");
			assertThat(driver.findElements(By.id("i1-conflict"))).isEmpty();
		}
		finally {
			driver.close();
			driver.switchTo().window(tabA);
		}
	}
}

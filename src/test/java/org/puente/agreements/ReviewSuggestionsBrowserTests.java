package org.puente.agreements;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Show more suggestions" with the keyboard (walk of 5 December #9): Enter on the link adds the next suggestions, the
 * focus goes to the first of them (not back to the top, not left on a link that moved below them), the live count
 * says how many are shown, and the page passes axe; each suggestion says the date the reading read in it, and Enter on
 * "Descartar" takes it out of the list (suggest19).
 */
@BrowserTest
class ReviewSuggestionsBrowserTests extends BrowserPages {

	@Test
	void enterOnShowMoreAddsTheNextSuggestionsAndFocusesTheFirstOfThem() throws Exception {
		TestMinutes.sendToReview(browser, "st-crm", TestMinutes.suggestionsFile("navegador"),
				"Reunión de las sugerencias en el navegador",
				"2019-06-21", "i1");
		String review = browser.currentPath();
		assertThat(suggestions()).hasSize(10);
		assertThat(browser.text(By.id("suggestions-count"))).isEqualTo("Sugerencias mostradas: 10 de 18.");

		Browser.driver().findElement(By.id("suggestions-more-link")).sendKeys(Keys.ENTER);
		new WebDriverWait(Browser.driver(), Duration.ofSeconds(20), Browser.POLL).until(d -> suggestions().size() == 18);
		new WebDriverWait(Browser.driver(), Duration.ofSeconds(5), Browser.POLL)
			.until(d -> suggestions().get(10).equals(d.switchTo().activeElement()));
		assertThat(browser.text(By.id("suggestions-count"))).isEqualTo("Sugerencias mostradas: 18 de 18.");
		assertThat(Browser.driver().findElements(By.id("suggestions-more-link"))).as("none left to show").isEmpty();
		String eleventh = suggestions().get(10).getAttribute("id").substring("suggestion-".length());
		assertThat(Browser.driver().findElements(By.id("src-" + eleventh))).as("its words marked in the minutes")
			.hasSize(1);
		browser.checkAccessibility();

		// suggest19: the first is no agreement — Enter on "Descartar" takes it out, the count says what is left
		browser.open(review);
		WebElement first = suggestions().get(0);
		String firstId = first.getAttribute("id");
		assertThat(first.findElement(By.className("review-suggestion-read")).getText()).as("the date it would add")
			.contains("Fechas:");
		first.findElement(By.cssSelector("button[id^='dismiss-']")).sendKeys(Keys.ENTER);
		new WebDriverWait(Browser.driver(), Duration.ofSeconds(20), Browser.POLL)
			.until(d -> d.findElements(By.id(firstId)).isEmpty() && !d.findElements(By.cssSelector(".flash")).isEmpty());
		assertThat(browser.text(By.cssSelector(".flash"))).contains("Sugerencia descartada");
		assertThat(browser.text(By.id("suggestions-count"))).isEqualTo("Sugerencias mostradas: 10 de 17.");
		browser.checkAccessibility();

		browser.clickAndWaitForFlash(By.cssSelector("form[action$='/discard'] button"));
	}

	private static List<WebElement> suggestions() {
		return Browser.driver().findElements(By.cssSelector("#suggestions-list > li"));
	}
}

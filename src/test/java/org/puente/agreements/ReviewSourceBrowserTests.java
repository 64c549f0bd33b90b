package org.puente.agreements;

import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reviewer checks an agreement against the words of the minutes with the keyboard, and comes back to it: the
 * minutes stand after every agreement and suggestion, so the way back is one Tab and Enter from the words, not the
 * page's footer (walk of 5 December #4). Every page is checked with axe.
 */
@BrowserTest
class ReviewSourceBrowserTests extends BrowserPages {

	@Test
	void fromTheWordsInTheMinutesOneTabAndEnterLeadBackToTheAgreement() {
		TestMinutes.sendToReview(browser, "st-crm", TestMinutes.minutaFile("vuelta desde el acta"),
				"Reunión de la vuelta desde el acta", "2017-05-12", "i3");
		String review = browser.currentPath();
		WebElement locate = Browser.driver().findElement(By.cssSelector("#item-i3 a.review-locate"));
		locate.sendKeys(Keys.ENTER);
		assertThat(active().getAttribute("id")).as("focus on the words of agreement 3").isEqualTo("src-i3");

		active().sendKeys(Keys.TAB);
		assertThat(active().getAttribute("id")).as("the next stop leads back").isEqualTo("review-back");
		assertThat(active().getText()).isEqualTo("Volver a lo que revisaba");
		browser.checkAccessibility();
		active().sendKeys(Keys.ENTER);
		assertThat(active().getAttribute("class")).isEqualTo("review-locate");
		assertThat(active().findElement(By.xpath("ancestor::li[1]")).getAttribute("id")).as("back at agreement 3")
			.isEqualTo("item-i3");

		browser.open(review);
		browser.clickAndWaitForFlash(By.cssSelector("form[action$='/discard'] button"));
	}

	/**
	 * Each agreement's dates scroll in a region of their own; named "Fechas" alone, a review of many agreements read
	 * as many regions of one name in a screen reader's list of regions (axe's landmark-unique rule, a best practice
	 * that the WCAG tags of every page's check leave out).
	 */
	@Test
	void eachAgreementsDatesAreARegionOfItsOwnName() {
		TestMinutes.sendToReview(browser, "st-crm", TestMinutes.minutaFile("regiones de fechas"),
				"Reunión de las regiones de fechas", "2017-05-13", "i2");
		String review = browser.currentPath();
		Results results = new AxeBuilder().withRules(List.of("landmark-unique")).setLegacyMode(true)
			.analyze(Browser.driver());
		assertThat(results.getViolations()).extracting(Rule::getId).isEmpty();

		browser.open(review);
		browser.clickAndWaitForFlash(By.cssSelector("form[action$='/discard'] button"));
	}

	private static WebElement active() {
		return Browser.driver().switchTo().activeElement();
	}
}

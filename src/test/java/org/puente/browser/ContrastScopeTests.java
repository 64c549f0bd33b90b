package org.puente.browser;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/** The contrast rule is skipped on a page state already checked, and runs again for a new screen or coloured part. */
@Tag("browser")
class ContrastScopeTests {

	@Test
	void aStateIsNewForContrastOncePerPageScreenAndColouredPart() {
		Browser.driver().get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang=es><head><title>x</title></head>"
				+ "<body><main><h1>x</h1><input id=field aria-label=Nombre></main></body></html>");
		assertThat(ContrastScope.unchecked(Browser.driver())).hasSize(1);
		AxeCheck.assertNoViolations(Browser.driver());
		((JavascriptExecutor) Browser.driver()).executeScript("document.getElementById('field').value = 'Ana'");
		assertThat(ContrastScope.unchecked(Browser.driver())).as("a value typed").isEmpty();
		((JavascriptExecutor) Browser.driver()).executeScript("document.querySelector('main').insertAdjacentHTML("
				+ "'beforeend', '<p class=\"badge warning\">Vencido</p><p role=status></p>')");
		assertThat(ContrastScope.unchecked(Browser.driver())).as("a badge; an empty status counts for nothing")
			.singleElement().asString().endsWith("P.badge warning");
		AxeCheck.assertNoViolations(Browser.driver());
		assertThat(ContrastScope.unchecked(Browser.driver())).isEmpty();
	}
}

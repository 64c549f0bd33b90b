package org.puente.browser;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The accessibility check every browser test relies on can fail: an image without a text alternative and a field
 * without a name are reported, on a fresh page and on the same page checked again (the script is then not sent twice).
 * Text too pale for its background is reported too, whether the page opens with it or a coloured part shows it later,
 * although {@link ContrastScope} skips the contrast rule on states already checked.
 */
@Tag("browser")
class AxeCheckTests {

	private static final String PAGE = "data:text/html;charset=utf-8,<!DOCTYPE html><html lang=es><head><title>x</title>"
			+ "</head><body><main><h1>x</h1>";

	@Test
	void aPageWithViolationsFailsTheCheckAndNamesTheElementsEachTime() {
		Browser.driver().get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang=es><head><title>x</title></head>"
				+ "<body><main><h1>x</h1><img src=a.png id=picture><input id=field></main></body></html>");
		for (int time = 0; time < 2; time++) {
			assertThatThrownBy(() -> AxeCheck.assertNoViolations(Browser.driver())).isInstanceOf(AssertionError.class)
				.hasMessageContaining("image-alt")
				.hasMessageContaining("#picture")
				.hasMessageContaining("#field");
		}
	}

	@Test
	void aPageWithoutViolationsPasses() {
		Browser.driver().get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang=es><head><title>x</title></head>"
				+ "<body><main><h1>x</h1><img src=a.png alt=Puente></main></body></html>");
		AxeCheck.assertNoViolations(Browser.driver());
		assertThat(Browser.driver().getTitle()).isEqualTo("x");
	}

	@Test
	void paleTextOnAFreshPageFailsTheCheck() {
		Browser.driver().get(PAGE + "<p id=pale style='color:rgb(187,187,187);background:white'>Acta guardada</p>"
				+ "</main></body></html>");
		for (int time = 0; time < 2; time++) {
			assertThatThrownBy(() -> AxeCheck.assertNoViolations(Browser.driver())).isInstanceOf(AssertionError.class)
				.hasMessageContaining("color-contrast")
				.hasMessageContaining("#pale");
		}
	}

	@Test
	void aPaleFlashShownAfterTheFirstCheckFailsTheCheck() {
		Browser.driver().get(PAGE + "<p>Acta</p></main></body></html>");
		AxeCheck.assertNoViolations(Browser.driver());
		AxeCheck.assertNoViolations(Browser.driver());
		((JavascriptExecutor) Browser.driver()).executeScript("document.querySelector('main').insertAdjacentHTML("
				+ "'beforeend', \"<p class=flash id=saved style='color:#ccc;background:#fff'>Acta guardada</p>\")");
		assertThatThrownBy(() -> AxeCheck.assertNoViolations(Browser.driver())).isInstanceOf(AssertionError.class)
			.hasMessageContaining("color-contrast")
			.hasMessageContaining("#saved");
	}
}

package org.puente.browser;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The accessibility check every browser test relies on can fail: an image without a text alternative and a field
 * without a name are reported, on a fresh page and on the same page checked again (the script is then not sent twice).
 */
@Tag("browser")
class AxeCheckTests {

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
}

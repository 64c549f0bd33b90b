package org.puente.web;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI is the developers' tool, beside the accessible guide /about/api; its own widgets are not Puente's to
 * mend, but what springdoc's settings and Puente's styles clear stays cleared (late walk-through #12): the top
 * bar's unlabelled address field (no top bar), the contrast of the version and method badges and of the greys, the
 * example boxes that scroll without taking the keyboard's focus (they wrap), the servers' unnamed list box (the
 * description names no server), the operations' paths as links inside their buttons (no deep links); and in "Try it
 * out", the fields named and the buttons readable. The authorisation dialog is not checked.
 */
@BrowserTest
class SwaggerUiAccessibilityBrowserTests extends BrowserPages {

	/** The axe rules Swagger UI broke on 4 December that Puente's settings and styles clear. */
	static final Set<String> CLEARED = Set.of("label", "color-contrast", "scrollable-region-focusable", "select-name",
			"nested-interactive");

	@Test
	void theRulesPuentesSettingsAndStylesClearStayCleared() {
		Browser.driver().get("http://localhost:" + port + "/swagger-ui/index.html");
		WebDriverWait wait = new WebDriverWait(Browser.driver(), Duration.ofSeconds(60), Browser.POLL);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock .opblock-summary")));
		assertThat(Browser.driver().findElements(By.cssSelector(".topbar"))).as("the top bar").isEmpty();
		// a reading operation opened, as a developer does, with its example answers on show (a multipart upload's
		// body, such as the documents' one listed first since 6 December, shows Swagger UI's own unlabelled
		// textareas for its form fields: its widget, not Puente's settings — the guide /about/api is the accessible way)
		Browser.driver().findElement(By.cssSelector(".opblock.opblock-get .opblock-summary-control")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock.is-open .responses-wrapper")));
		List<Rule> violations = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.setLegacyMode(true)
			.analyze(Browser.driver())
			.getViolations();
		assertThat(violations).extracting(Rule::getId)
			.as("axe-core on /swagger-ui: %s", violations.stream().map(v -> v.getId() + " " + v.getNodes().size()
					+ " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget()).replaceAll(".* > ", ""))
						.distinct().toList()).toList())
			.doesNotContainAnyElementsOf(CLEARED);
	}

	/**
	 * "Try it out" on the documents' upload (a multipart form: a file, lists, choices) and on a reading: Swagger UI
	 * left the file, the lists' items and the choices without a name (axe's label and select-name, 6 fields) and drew
	 * Cancel and Execute at 2.9:1 and 3.4:1. Puente's initializer ({@link SwaggerUiLabels}) loads a script that names
	 * each field after its row's parameter; Puente's styles darken the two buttons.
	 */
	@Test
	void tryItOutsFieldsAreNamedAndItsButtonsReadable() {
		Browser.driver().get("http://localhost:" + port + "/swagger-ui/index.html");
		WebDriverWait wait = new WebDriverWait(Browser.driver(), Duration.ofSeconds(60), Browser.POLL);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock .opblock-summary")));
		for (String operation : new String[] { "#operations-Documents-uploadDocument", "#operations-Documents-getDocument" }) {
			Browser.driver().findElement(By.cssSelector(operation + " .opblock-summary-control")).click();
			wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(operation + " .try-out__btn"))).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(operation + " .execute")));
		}
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
				"#operations-Documents-uploadDocument input[type=file][aria-label]")));
		List<Rule> violations = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.setLegacyMode(true)
			.analyze(Browser.driver())
			.getViolations();
		assertThat(violations).extracting(Rule::getId)
			.as("axe-core on /swagger-ui, Try it out: %s", violations.stream().map(v -> v.getId() + " "
					+ v.getNodes().stream().map(n -> n.getTarget() + " " + n.getHtml()).toList()).toList())
			.isEmpty();
	}
}

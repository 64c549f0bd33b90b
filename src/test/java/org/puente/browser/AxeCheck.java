package org.puente.browser;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core's WCAG 2.1 A and AA rules run on the page the browser shows; a violation fails the test and names the
 * elements. It checks what {@code new AxeBuilder().withTags(…)} checked, for less: suite17 measured 0.87 s a check
 * that way and 0.67 s this way, alternating on the same pages (sending the script again and detailing every rule that
 * passed made the difference). The {@code color-contrast} rule, 87 % of a check's time, runs only where
 * {@link ContrastScope} finds something contrast has not been checked on (a new page, screen or coloured part).
 */
final class AxeCheck {

	/** axe-core's script (550 kB), read from its jar once rather than before every check. */
	private static final String SCRIPT = script();

	private AxeCheck() {
	}

	static void assertNoViolations(WebDriver driver) {
		AxeRunOnlyOptions wcag = new AxeRunOnlyOptions();
		wcag.setType("tag");
		wcag.setValues(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
		AxeRunOptions options = new AxeRunOptions();
		options.setRunOnly(wcag);
		// every violation is reported with all its elements, as before; the rules that passed, did not apply or need a
		// person to look are not detailed element by element (axe's "resultTypes": nothing here reads them)
		options.setResultTypes(List.of("violations"));
		List<String> unchecked = ContrastScope.unchecked(driver);
		if (unchecked.isEmpty()) {
			AxeRuleOptions off = new AxeRuleOptions();
			off.setEnabled(false);
			options.setRules(Map.of("color-contrast", off));
		}
		// legacy mode runs axe in the page itself: the default opens about:blank in a new window with a one-second
		// load limit, which CI's slow cores overrun (no page of Puente has frames, which only the default would enter)
		AxeBuilder axe = new AxeBuilder().withOptions(options).setLegacyMode(true);
		// the script goes into a page once: a page checked again after an htmx swap still has it
		axe.setInjectAxe(page -> {
			JavascriptExecutor js = (JavascriptExecutor) page;
			if (!Boolean.TRUE.equals(js.executeScript("return !!(window.axe && window.axe.run)"))) {
				js.executeScript(SCRIPT);
			}
		}, false);
		List<Rule> violations = axe.analyze(driver).getViolations();
		assertThat(violations).as("axe-core violations on %s:%n%s", driver.getCurrentUrl(), describe(violations))
			.isEmpty();
		ContrastScope.checked(unchecked);
	}

	private static String script() {
		try {
			return new EmbeddedResourceAxeProvider().getScript();
		}
		catch (Exception ex) {
			throw new IllegalStateException("axe-core's script is missing from its jar", ex);
		}
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(v -> v.getId() + ": " + v.getHelp() + " — " + v.getNodes().stream()
				.map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}
}

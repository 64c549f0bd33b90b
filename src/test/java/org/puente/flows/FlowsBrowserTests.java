package org.puente.flows;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Panamá's focal point uploads the latest weeks with one bad row, reads the problem by line, fixes the file,
 * checks the preview, commits it, and finds Panamá's surge alarm and the watch downstream on the dashboard — with
 * axe on every page.
 */
@BrowserTest
class FlowsBrowserTests extends BrowserPages {

	@TempDir
	Path dir;

	@Test
	void aFocalPointFixesABadRowCommitsAndSeesTheSurgeAlarmAndTheDownstreamWatch() throws Exception {
		String good = DemoFlows.panamaLatest();
		Path bad = Files.writeString(dir.resolve("panama-bad.csv"), good.replaceFirst(",(\\d+)\r\n", ",-$1\r\n"));
		Path fixed = Files.writeString(dir.resolve("panama.csv"), good);

		browser.signInAndOpen("fp-panama", "/flows"); // checked with axe as it opens
		assertThat(browser.pageSource()).as("the dashboard offers a focal point to submit").contains("href=\"/flows/submit\"");
		browser.clickToNavigate(By.cssSelector("a[href='/flows/submit']")).checkAccessibility();
		upload(bad);
		browser.checkAccessibility();
		assertThat(browser.text(By.id("error-summary"))).contains("1 problema").contains("no puede ser negativo");
		assertThat(browser.text(By.cssSelector(".flow-problems tbody th"))).isEqualTo("3");

		upload(fixed);
		browser.checkAccessibility();
		assertThat(browser.heading()).isEqualTo("Revise el envío antes de confirmarlo");
		browser.clickToNavigate(By.xpath("//button[text()='Confirmar el envío']")).checkAccessibility();
		String alerts = browser.text(By.cssSelector(".flow-alerts"));
		assertThat(alerts).contains("Alarma").contains("Panamá").contains("África (extrarregional)");
		assertThat(alerts).contains("aumento en Panamá");
		assertThat(browser.pageSource()).contains("role=\"img\"");

		// the dashboard has charts too: only the alert's own page says what the alarm is about
		browser.clickToNavigate(By.xpath("//tr[@class='flow-alert-alarm'][td[1][normalize-space()='Panamá']]//a"))
			.checkAccessibility();
		assertThat(browser.heading()).startsWith("Alarma: Panamá");
		assertThat(Browser.driver().findElements(By.cssSelector(".flow-chart"))).isNotEmpty();
	}

	private void upload(Path file) {
		browser.open("/flows/submit");
		browser.setValue("flow-start", DemoFlows.LAST.minusWeeks(1).toString());
		browser.setValue("flow-end", DemoFlows.LAST.plusDays(6).toString());
		browser.attach("flow-file", file);
		browser.clickToNavigate(By.cssSelector("form.flow-upload button[type=submit]"));
	}
}

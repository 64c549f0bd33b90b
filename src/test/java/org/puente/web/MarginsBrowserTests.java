package org.puente.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The margins walk 20 walked (docs/walkthrough-2026-12-06-margins.md): a slow line, forced colours and printing, each
 * emulated in the suite's Chromium through its DevTools protocol.
 */
@BrowserTest
class MarginsBrowserTests extends BrowserPages {

	@Autowired
	JdbcTemplate jdbc;

	private static ChromeDriver chrome() {
		return (ChromeDriver) Browser.driver();
	}

	private static Object js(String script, Object... args) {
		return ((JavascriptExecutor) Browser.driver()).executeScript(script, args);
	}

	/**
	 * #1: on a slow line (a sign-in took 3.6 s at 400 kbit/s and 400 ms) a form sent gave no sign it was taken but the
	 * mouse's busy cursor: a keyboard user saw the same page, the same button. After a second without an answer a
	 * sentence beside the button says it is on its way, and the button says it is busy.
	 */
	@Test
	void aFormSlowToAnswerSaysItIsOnItsWay() {
		browser.signOut();
		browser.open("/login");
		browser.type("username", "fp-chile").type("password", "puente-demo-2017");
		ChromiumNetworkConditions slow = new ChromiumNetworkConditions();
		slow.setLatency(Duration.ofSeconds(4));
		chrome().setNetworkConditions(slow);
		// ChromeDriver waits for a page on its way before any command: what the page shows meanwhile is recorded by
		// the page itself, in the tab's session storage, which the next page of the same site still reads
		js("""
				sessionStorage.removeItem('seen');
				new MutationObserver(function () {
				  var note = document.querySelector('form .sending-note[role=status]');
				  if (note && note.textContent && note.checkVisibility()) {
				    var button = document.querySelector('form.form button[type=submit]');
				    sessionStorage.setItem('seen', note.textContent + ' | ' + button.getAttribute('aria-disabled'));
				  }
				}).observe(document.body, { subtree: true, childList: true, characterData: true });
				setTimeout(function () { document.querySelector('form.form button[type=submit]').click(); }, 0);""");
		try {
			browser.waitFor(By.cssSelector("a.account-name"));
		}
		finally {
			chrome().deleteNetworkConditions();
		}
		assertThat(js("return sessionStorage.getItem('seen')")).as("what the sign-in page said while it was on its way")
			.isEqualTo("Enviando… (la conexión es lenta: no hace falta volver a pulsar) | true");
		browser.checkAccessibility();
	}

	/**
	 * #5, #6: in forced colours (Windows' high contrast) backgrounds give way to the system's, and today's day in the
	 * month and a role held today were told only by a pale background (1.07:1 against white even without forced
	 * colours). A frame, which forced colours keep, and a word say it now.
	 */
	@Test
	void todayAndARoleHeldTodayAreSeenInForcedColours() {
		LocalDate today = LocalDate.now(java.time.ZoneId.of("America/Panama"));
		jdbc.update("""
				insert into role_assignment (id, kind, process_code, country_iso2, topic, starts_on)
				values (gen_random_uuid(), 'FOCAL_POINT', 'CSM', 'CL', 'walk20 margins', ?)""", today.minusDays(30));
		chrome().executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "forced-colors", "value", "active"))));
		try {
			browser.signInAndOpen("fp-chile", "/meetings/month");
			assertThat(js("return matchMedia('(forced-colors: active)').matches")).isEqualTo(true);
			WebElement day = Browser.driver().findElement(By.cssSelector("td[aria-current=date]"));
			assertThat(day.getCssValue("outline-style")).as("today's frame").isEqualTo("solid");
			assertThat(day.getText()).contains("hoy");
			assertThat(Browser.driver().findElement(By.cssSelector("td:not([aria-current])")).getCssValue("outline-style"))
				.isEqualTo("none");

			browser.open("/directory/roles");
			WebElement row = Browser.driver().findElement(By.xpath("//tr[td[contains(., 'walk20 margins')]]"));
			assertThat(row.getText()).contains("en funciones");
			assertThat(row.findElement(By.tagName("td")).getCssValue("border-top-style")).isEqualTo("solid");
		}
		finally {
			chrome().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
			jdbc.update("delete from role_assignment where topic = 'walk20 margins'");
		}
	}

	/**
	 * #8, #9: an agreement printed for a session printed its progress form (status, note, link, "Guardar el avance"),
	 * the follow button, and "Evidencia" without where it leads. Printed now: the agreement and its progress, no
	 * control, a link to another site followed by its address.
	 */
	@Test
	void aPrintedAgreementLeavesOutTheControlsAndSaysWhereItsLinksLead() throws Exception {
		String agreement = jdbc.queryForObject("""
				select id::text from agreement where 'CRM' = any(processes) order by meeting_date, position limit 1""",
				String.class);
		jdbc.update("""
				insert into agreement_update (id, agreement_id, note, evidence_url, author_name, created_at)
				values (gen_random_uuid(), ?::uuid, 'walk20 informe impreso', 'https://example.org/informe-walk20', 'walk20', now())""",
				agreement);
		try {
			browser.signInAndOpen("st-crm", "/agreements/items/" + agreement);
			assertThat(Browser.driver().findElements(By.cssSelector("main form textarea"))).as("the progress form on screen")
				.isNotEmpty();
			chrome().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
			try {
				assertThat((List<?>) js("""
						return [...document.querySelectorAll('header, nav, form, button, select, textarea, input:not([type=hidden])')]
						  .filter(function (e) { return e.checkVisibility(); })
						  .map(function (e) { return e.tagName + ' ' + (e.id || e.textContent.trim().slice(0, 30)); });"""))
					.as("controls printed").isEmpty();
				assertThat(js("""
						var a = document.querySelector('main a[href="https://example.org/informe-walk20"]');
						return getComputedStyle(a, '::after').content;""")).asString().contains("https://example.org/informe-walk20");
			}
			finally {
				chrome().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
			}
			String printed = pdfText(chrome().executeCdpCommand("Page.printToPDF", Map.of()).get("data").toString());
			assertThat(printed).contains(browser.heading().substring(0, 20), "walk20 informe impreso",
					"https://example.org/informe-walk20");
			assertThat(printed).doesNotContain("Guardar el avance", "Informar un avance", "Salir");
		}
		finally {
			jdbc.update("delete from agreement_update where note = 'walk20 informe impreso'");
		}
	}

	private static String pdfText(String base64) throws Exception {
		try (PDDocument pdf = Loader.loadPDF(Base64.getDecoder().decode(base64))) {
			// a line the page wraps is joined again: the heading and the address may break anywhere on paper
			return new PDFTextStripper().getText(pdf).replaceAll("\\s*\\R\\s*", " ");
		}
	}
}

package org.puente.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.puente.browser.Browser;
import org.puente.browser.OlderBrowsers;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser without Intl (an old or trimmed engine) still puts back what was typed: the note says so in the server's
 * words, without the moment it cannot write in the reader's language, and no script fails.
 */
@BrowserTest
class KeepTypedWithoutIntlBrowserTests extends BrowserPages {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void withoutIntlTheNoteKeepsTheServersWordsAndNoScriptFails() {
		browser.signInAndOpen("st-crm", "/documents/" + jdbc.queryForObject("select id::text from document where kind = "
				+ "'BIREGIONAL_INPUT' and confidentiality in ('PUBLIC', 'CONFERENCES') order by id limit 1", String.class));
		browser.type("comment-body", "Comentario escrito en un navegador antiguo");
		ChromeDriver chrome = (ChromeDriver) Browser.driver();
		// before any script of the page: no Intl, and every error the page's scripts throw written down
		Object added = OlderBrowsers.withoutIntlRecordingErrors();
		try {
			chrome.navigate().refresh();
			browser.waitForText(By.cssSelector(".keep-typed-note"), "Se recuperó el texto que no había enviado");
			assertThat(js().executeScript("return typeof Intl")).isEqualTo("undefined");
			assertThat(browser.text(By.cssSelector(".keep-typed-note p")))
				.isEqualTo("Se recuperó el texto que no había enviado: revíselo y envíelo.")
				.doesNotContain("Escrito el");
			assertThat(Browser.driver().findElements(By.cssSelector(".keep-typed-note time"))).isEmpty();
			assertThat(Browser.driver().findElement(By.id("comment-body")).getAttribute("value"))
				.isEqualTo("Comentario escrito en un navegador antiguo");
			browser.click(By.cssSelector("[data-keep-discard]"));
			browser.waitForText(By.cssSelector(".keep-typed-note"), "Texto recuperado descartado.");
			assertThat((List<?>) js().executeScript("return window.puenteErrors")).isEmpty();
			browser.checkAccessibility();
		}
		finally {
			OlderBrowsers.forgetScript(added);
		}
	}

	private static JavascriptExecutor js() {
		return (JavascriptExecutor) Browser.driver();
	}
}

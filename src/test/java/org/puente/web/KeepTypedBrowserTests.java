package org.puente.web;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * What a person typed in a form survives a reload, a dropped connection and an ended session (keep-typed.js,
 * docs/walkthrough-2026-12-05-typed-text.md): a document's comment, an agreement's progress note, a new good practice.
 */
@BrowserTest
class KeepTypedBrowserTests extends BrowserPages {

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void noCopiesLeft() {
		browser.open("/");
		js().executeScript("localStorage.clear()");
	}

	@Test
	void aCommentTypedAndReloadedComesBackAndCanBeDiscarded() {
		String document = jdbc.queryForObject(
				"select id::text from document where kind = 'BIREGIONAL_INPUT' and confidentiality in ('PUBLIC', 'CONFERENCES') order by id limit 1",
				String.class);
		browser.signIn("st-crm").open("/documents/" + document);
		browser.type("comment-body", "Comentario a medio escribir sobre el anexo");
		Browser.driver().navigate().refresh();

		assertThat(browser.waitForText(By.cssSelector(".keep-typed-note"), "Se recuperó el texto que no había enviado")
			.getAttribute("role")).isEqualTo("status");
		assertThat(value("comment-body")).isEqualTo("Comentario a medio escribir sobre el anexo");
		browser.checkAccessibility();

		browser.click(By.cssSelector("[data-keep-discard]"));
		assertThat(value("comment-body")).isEmpty();
		browser.waitForText(By.cssSelector(".keep-typed-note"), "Texto recuperado descartado.");
		Browser.driver().navigate().refresh();
		browser.waitFor(By.id("comment-body"));
		assertThat(Browser.driver().findElements(By.cssSelector(".keep-typed-note"))).isEmpty();
		assertThat(value("comment-body")).isEmpty();
	}

	@Test
	void aProgressNoteSentWithoutConnectionStaysSaysSoAndIsDroppedOnceSaved() {
		String item = openAnAgreementAsTheSecretariat();
		browser.type("note", "Avance escrito en el aeropuerto sin conexión.");
		ChromeDriver chrome = (ChromeDriver) Browser.driver();
		ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
		offline.setOffline(true);
		chrome.setNetworkConditions(offline);
		try {
			browser.click(By.cssSelector("form[action$='/updates'] button[type=submit]"));
			browser.waitForText(By.cssSelector(".keep-typed-note[role=alert]"), "Sin conexión: no se envió nada.");
			assertThat(chrome.switchTo().activeElement().getAttribute("class")).isEqualTo("keep-typed-note");
			assertThat(value("note")).isEqualTo("Avance escrito en el aeropuerto sin conexión.");
			assertThat(browser.currentPath()).isEqualTo(item);
		}
		finally {
			chrome.deleteNetworkConditions();
		}
		browser.checkAccessibility();
		new WebDriverWait(chrome, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(js().executeScript("return navigator.onLine")));

		browser.clickToNavigate(By.cssSelector("form[action$='/updates'] button[type=submit]"));
		assertThat(browser.text(By.cssSelector(".flash"))).isEqualTo("Avance guardado.");
		assertThat(copies()).isZero();
		Browser.driver().navigate().refresh();
		browser.waitFor(By.id("note"));
		assertThat(Browser.driver().findElements(By.cssSelector(".keep-typed-note"))).isEmpty();
	}

	/**
	 * A refused form comes back with the text (the server's doing, no note); opened again from its page's address, the
	 * form is read afresh, empty, and the copy, kept because the submit was refused, brings the text back.
	 */
	@Test
	void aRefusedProgressNoteSurvivesTheReloadThatFollows() {
		String item = openAnAgreementAsTheSecretariat();
		browser.type("note", "Informe con un enlace mal copiado.");
		browser.type("evidenceUrl", "no es un enlace");
		browser.clickToNavigate(By.cssSelector("form[action$='/updates'] button[type=submit]"));
		browser.waitFor(By.id("error-summary"));
		assertThat(value("note")).isEqualTo("Informe con un enlace mal copiado.");
		assertThat(Browser.driver().findElements(By.cssSelector(".keep-typed-note"))).isEmpty();

		browser.open(item);
		browser.waitForText(By.cssSelector(".keep-typed-note"), "Se recuperó el texto que no había enviado");
		assertThat(Browser.driver().findElements(By.id("error-summary"))).isEmpty();
		assertThat(value("note")).isEqualTo("Informe con un enlace mal copiado.");
		assertThat(value("evidenceUrl")).isEqualTo("no es un enlace");
	}

	@Test
	void aPracticeWrittenWhileTheSessionEndedIsBackAfterSigningInAgain() {
		Integer practices = jdbc.queryForObject("select count(*) from practice", Integer.class);
		browser.signIn("fp-panama").open("/practices/new");
		browser.type("esTitle", "Ventanilla única de retorno");
		browser.type("esSummary", "Un resumen largo que costó escribir.");
		// the session ends (a timeout, a restart): the form is sent to a server that no longer knows the person
		Browser.driver().manage().deleteAllCookies();
		browser.clickToNavigate(By.cssSelector("form[action$='/practices'] button[type=submit]"));
		assertThat(jdbc.queryForObject("select count(*) from practice", Integer.class)).isEqualTo(practices);

		signInAgain("fp-panama");
		browser.open("/practices/new");
		browser.waitForText(By.cssSelector(".keep-typed-note"), "Se recuperó el texto que no había enviado");
		assertThat(value("esTitle")).isEqualTo("Ventanilla única de retorno");
		assertThat(value("esSummary")).isEqualTo("Un resumen largo que costó escribir.");
		browser.checkAccessibility();

		// another account on the same browser never sees it
		signInAgain("st-crm");
		browser.open("/practices/new");
		assertThat(value("esTitle")).isEmpty();
		assertThat(Browser.driver().findElements(By.cssSelector(".keep-typed-note"))).isEmpty();
	}

	/** Signs in as a person does after a session ended: the browser's copies of unsent text stay (unlike signIn). */
	private void signInAgain(String username) {
		Browser.driver().manage().deleteAllCookies();
		browser.open("/login").type("username", username).type("password", "puente-demo-2017");
		browser.clickToNavigate(By.cssSelector("form.form button[type=submit]"));
		browser.waitFor(By.cssSelector("a.account-name"));
	}

	/** The first agreement of the first minutes, where the secretariat reports progress; its page's address. */
	private String openAnAgreementAsTheSecretariat() {
		browser.signIn("st-crm").open("/agreements");
		browser.clickToNavigate(By.cssSelector("main a[href^='/agreements/minutes/']"));
		browser.clickToNavigate(By.cssSelector("main a[href^='/agreements/items/']"));
		return browser.currentPath();
	}

	private JavascriptExecutor js() {
		return (JavascriptExecutor) Browser.driver();
	}

	private String value(String id) {
		return Browser.driver().findElement(By.id(id)).getAttribute("value");
	}

	private long copies() {
		return (Long) js().executeScript(
				"return Object.keys(localStorage).filter(function (k) { return k.indexOf('puente.keep.') === 0; }).length");
	}
}

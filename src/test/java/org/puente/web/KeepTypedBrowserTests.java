package org.puente.web;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
		openAnInputAsTheSecretariat();
		browser.type("comment-body", "Comentario a medio escribir sobre el anexo");
		Browser.driver().navigate().refresh();

		assertThat(browser.waitForText(By.cssSelector(".keep-typed-note"), "Se recuperó el texto que no había enviado")
			.getAttribute("role")).isEqualTo("status");
		assertThat(value("comment-body")).isEqualTo("Comentario a medio escribir sobre el anexo");
		// when it was typed, in the reader's language
		assertThat(browser.text(By.cssSelector(".keep-typed-note p"))).contains("Escrito el ");
		assertThat(Browser.driver().findElement(By.cssSelector(".keep-typed-note p time")).getAttribute("datetime"))
			.endsWith("Z");
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
		browser.offline(() -> {
			browser.click(By.cssSelector("form[action$='/updates'] button[type=submit]"));
			browser.waitForText(By.cssSelector(".keep-typed-note[role=alert]"), "Sin conexión: no se envió nada.");
			assertThat(Browser.driver().switchTo().activeElement().getAttribute("class")).isEqualTo("keep-typed-note");
			assertThat(value("note")).isEqualTo("Avance escrito en el aeropuerto sin conexión.");
			assertThat(browser.currentPath()).isEqualTo(item);
		});
		browser.checkAccessibility();
		new WebDriverWait(Browser.driver(), Duration.ofSeconds(10), Browser.POLL).until(d -> Boolean.TRUE.equals(js().executeScript("return navigator.onLine")));

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
		// the address bar holds the page's address, not the one the form was sent to: a reload reads the page
		assertThat(browser.currentPath()).isEqualTo(item);

		browser.open(item);
		browser.waitForText(By.cssSelector(".keep-typed-note"), "Se recuperó el texto que no había enviado");
		assertThat(Browser.driver().findElements(By.id("error-summary"))).isEmpty();
		assertThat(value("note")).isEqualTo("Informe con un enlace mal copiado.");
		assertThat(value("evidenceUrl")).isEqualTo("no es un enlace");
	}

	@Test
	void aPracticeWrittenWhileTheSessionEndedIsBackAfterSigningInAgain() {
		Integer practices = jdbc.queryForObject("select count(*) from practice", Integer.class);
		browser.signInAndOpen("fp-panama", "/practices/new");
		browser.type("esTitle", "Ventanilla única de retorno");
		browser.type("esSummary", "Un resumen largo que costó escribir.");
		// the session ends (a timeout, a restart): the form is sent to a server that no longer knows the person
		Browser.driver().manage().deleteAllCookies();
		browser.clickToNavigate(By.cssSelector("form[action$='/practices'] button[type=submit]"));
		assertThat(jdbc.queryForObject("select count(*) from practice", Integer.class)).isEqualTo(practices);

		browser.signInAgain("fp-panama");
		browser.open("/practices/new");
		browser.waitForText(By.cssSelector(".keep-typed-note"), "Se recuperó el texto que no había enviado");
		assertThat(value("esTitle")).isEqualTo("Ventanilla única de retorno");
		assertThat(value("esSummary")).isEqualTo("Un resumen largo que costó escribir.");
		browser.checkAccessibility();

		// another account on the same browser never sees it
		browser.signInAgain("st-crm");
		browser.open("/practices/new");
		assertThat(value("esTitle")).isEmpty();
		assertThat(Browser.driver().findElements(By.cssSelector(".keep-typed-note"))).isEmpty();
	}

	/**
	 * A refused alias reloaded: the browser asks nothing and sends nothing again (the gazetteer's form is sent to the
	 * page's own address); the page is read afresh and the copy puts the text back.
	 */
	@Test
	void aRefusedFormReloadedIsReadAgainNotSentAgain() {
		browser.signInAndOpen("st-crm", "/directory/gazetteer");
		browser.type("alias", "Cancillería del Istmo");
		browser.clickAndWaitForFlash(By.cssSelector("form[action$='/gazetteer'][method=post] button[type=submit]"));
		browser.type("alias", "Cancillería del Istmo");
		browser.clickToNavigate(By.cssSelector("form[action$='/gazetteer'][method=post] button[type=submit]"));
		assertThat(browser.waitFor(By.cssSelector("#error-summary a[href='#alias']")).getText()).contains("ya existe");
		assertThat(value("alias")).isEqualTo("Cancillería del Istmo");
		assertThat(Browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
		browser.checkAccessibility();

		Browser.driver().navigate().refresh();
		browser.waitForText(By.cssSelector(".keep-typed-note"), "Se recuperó el texto que no había enviado");
		assertThat(Browser.driver().findElements(By.id("error-summary"))).isEmpty();
		assertThat(value("alias")).isEqualTo("Cancillería del Istmo");
	}

	/**
	 * A date chosen is typed work too (walk18 #1): the minutes' upload kept the meeting's title through a reload but
	 * not its date, and the form sent again was refused for a missing date; a review's corrected deadline was lost the
	 * same way. Date fields are kept as text fields are.
	 */
	@Test
	void aDateChosenInAFormComesBackAfterAReload() {
		browser.signInAndOpen("st-crm", "/agreements/reviews");
		browser.type("meetingTitle", "Reunión con la fecha elegida");
		// as the date picker gives it: the value, then the input and change events a choice makes
		js().executeScript("""
				var date = document.getElementById('meetingDate');
				date.value = '2027-02-10';
				date.dispatchEvent(new Event('input', { bubbles: true }));
				date.dispatchEvent(new Event('change', { bubbles: true }));""");
		Browser.driver().navigate().refresh();

		browser.waitForText(By.cssSelector(".keep-typed-note"), "Se recuperó el texto que no había enviado");
		assertThat(value("meetingTitle")).isEqualTo("Reunión con la fecha elegida");
		assertThat(value("meetingDate")).isEqualTo("2027-02-10");
	}

	/** A password typed in a kept form is never copied; signing out leaves none of this account's copies behind. */
	@Test
	void passwordsAreNeverKeptAndSigningOutForgetsTheCopies() {
		openAnInputAsTheSecretariat();
		// a password field in a kept form (none has one; keep-typed.js must skip it if one ever does)
		js().executeScript("""
				var secret = document.createElement('input');
				secret.type = 'password'; secret.name = 'secret'; secret.id = 'secret';
				document.getElementById('comment-body').form.appendChild(secret);""");
		browser.type("secret", "clave-que-no-se-guarda");
		browser.type("comment-body", "Comentario en una computadora compartida");
		String stored = (String) js().executeScript("""
				return Object.keys(localStorage).filter(function (k) { return k.indexOf('puente.keep.st-crm|') === 0; })
				  .map(function (k) { return localStorage.getItem(k); }).join(' ');""");
		assertThat(stored).contains("Comentario en una computadora compartida").doesNotContain("clave-que-no-se-guarda");

		// another person's copy on this browser (typed a moment ago), and a copy an older questionnaire script kept
		js().executeScript("""
				localStorage.setItem('puente.keep.fp-panama|/practices/new', JSON.stringify({ values: { esTitle: 'Suyo' }, at: Date.now() }));
				localStorage.setItem('puente.consultations.q1.MX.q-1', '{"value":"Respuesta","at":1}');""");
		browser.clickToNavigate(By.cssSelector("form[action$='/logout'] button"));
		assertThat(copies()).isEqualTo(1);
		assertThat(js().executeScript("return localStorage.getItem('puente.keep.fp-panama|/practices/new')")).isNotNull();
		assertThat(js().executeScript("return localStorage.getItem('puente.consultations.q1.MX.q-1')")).isNull();
	}

	/**
	 * A session the server ended (a timeout, a password changed elsewhere) leaves no sign-out: the next page sorts the
	 * copies. Nobody signed in: the person's copy stays for their return, for a day; someone else signed in: it goes.
	 */
	@Test
	void copiesOfAnEndedSessionWaitForTheirPersonAndGoWhenAnotherSignsIn() {
		Browser.driver().manage().deleteAllCookies();
		browser.open("/login");
		js().executeScript("""
				localStorage.setItem('puente.keep.fp-panama|/practices/new', JSON.stringify({ values: { esTitle: 'Suyo' }, at: Date.now() - 9 * 3600000 }));
				localStorage.setItem('puente.keep.observer-oim|/practices/new', JSON.stringify({ values: { esTitle: 'Viejo' }, at: Date.now() - 25 * 3600000 }));""");
		Browser.driver().navigate().refresh();
		browser.waitFor(By.id("username"));
		assertThat(js().executeScript("return localStorage.getItem('puente.keep.fp-panama|/practices/new')")).isNotNull();
		assertThat(copies()).isEqualTo(1);

		browser.signInAgain("st-crm");
		assertThat(copies()).isZero();
	}

	/** The page of a bi-regional input, where anyone signed in comments, as the CRM's secretariat. */
	private void openAnInputAsTheSecretariat() {
		browser.signInAndOpen("st-crm", "/documents/" + jdbc.queryForObject(
				"select id::text from document where kind = 'BIREGIONAL_INPUT' and confidentiality in ('PUBLIC', 'CONFERENCES') order by id limit 1",
				String.class));
	}

	/** The first agreement of the first minutes, where the secretariat reports progress; its page's address. */
	private String openAnAgreementAsTheSecretariat() {
		browser.signInAndOpen("st-crm", "/agreements");
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

package org.puente.drafting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.puente.accounts.Accounts;
import org.puente.browser.Browser;
import org.puente.browser.OlderBrowsers;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The amendment form's draft: its "Draft saved at" time is the reader's, not the server's (walk 8 #16: "Rascunho salvo
 * às 02:20" in UTC for a focal point in Panama, at 21:20 there), as the consultations' autosave shows it; and what the
 * server could not save is kept in the browser (keep-typed.js) until the amendment is proposed.
 */
@BrowserTest
class DraftSavedTimeBrowserTests extends BrowserPages {

	private final DraftingManagement drafting;

	private final Rounds rounds;

	private final Accounts accounts;

	private final JdbcTemplate jdbc;

	@Autowired
	DraftSavedTimeBrowserTests(DraftingManagement drafting, Rounds rounds, Accounts accounts, JdbcTemplate jdbc) {
		this.drafting = drafting;
		this.rounds = rounds;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@Test
	void theDraftsTimeIsInTheReadersZone() {
		UUID paragraph = paragraphInAnOpenRound();
		ChromeDriver chrome = (ChromeDriver) Browser.driver();
		// Panama has no summer time: five hours behind UTC all year, so never the server's clock (UTC in the tests)
		chrome.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "America/Panama"));
		try {
			browser.signInAndOpen("fp-panama", "/drafting/paragraphs/" + paragraph + "/amend");
			browser.type("reason", "Aclara el alcance.");
			WebElement saved = browser.waitFor(By.cssSelector("#draft-status time[datetime]"));
			Instant at = Instant.parse(saved.getAttribute("datetime"));
			String panama = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("America/Panama")).format(at);
			assertThat(browser.waitForText(By.id("draft-status"), "Borrador guardado a las " + panama).getText())
				.doesNotContain(DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("UTC")).format(at));
			browser.checkAccessibility();
		}
		finally {
			chrome.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
		}
	}

	@Test
	void whatTheServerDidNotGetIsBackAfterSigningInAgainAndGoneOnceProposed() {
		UUID paragraph = paragraphInAnOpenRound();
		browser.signInAndOpen("fp-panama", "/drafting/paragraphs/" + paragraph + "/amend");
		browser.click(By.id("kind-REPLACE"));
		browser.type("original", "cooperación regional");
		browser.type("reason", "Aclara el alcance.");
		browser.waitFor(By.cssSelector("#draft-status [data-draft-saved]"));
		// the session ends while the page stays open: the draft of the new words cannot be saved on the server
		Browser.driver().manage().deleteAllCookies();
		browser.type("replacement", "cooperación regional y bi-regional");
		browser.waitForText(By.id("autosave-notice"), "Su sesión terminó");

		browser.signInAgain("fp-panama").open("/drafting/paragraphs/" + paragraph + "/amend");
		browser.waitForText(By.cssSelector(".keep-typed-note"), "Se recuperó el texto que no había enviado");
		assertThat(value("replacement")).isEqualTo("cooperación regional y bi-regional");
		assertThat(value("reason")).isEqualTo("Aclara el alcance.");
		browser.checkAccessibility();

		browser.clickAndWaitForFlash(By.id("propose"));
		browser.open("/drafting/paragraphs/" + paragraph + "/amend");
		assertThat(value("replacement")).isEmpty();
		assertThat(Browser.driver().findElements(By.cssSelector(".keep-typed-note"))).isEmpty();
	}

	/** The amendment's kind and the country it speaks for are kept with its text when the draft cannot be saved. */
	@Test
	void theKindAndTheCountryComeBackWithTheText() {
		UUID paragraph = paragraphInAnOpenRound();
		browser.signInAndOpen("admin", "/drafting/paragraphs/" + paragraph + "/amend");
		Select proponent = new Select(Browser.driver().findElement(By.id("proponent")));
		String chosen = proponent.getOptions().get(proponent.getOptions().size() - 1).getAttribute("value");
		browser.offline(() -> {
			proponent.selectByValue(chosen);
			browser.click(By.id("kind-DELETE"));
			browser.type("reason", "Repite el párrafo anterior.");
			browser.waitForText(By.id("autosave-notice"), "Sin conexión");
		});

		Browser.driver().navigate().refresh();
		browser.waitForText(By.cssSelector(".keep-typed-note"), "Se recuperó el texto que no había enviado");
		assertThat(new Select(Browser.driver().findElement(By.id("proponent"))).getFirstSelectedOption()
			.getAttribute("value")).isEqualTo(chosen);
		assertThat(Browser.driver().findElement(By.id("kind-DELETE")).isSelected()).isTrue();
		assertThat(value("reason")).isEqualTo("Repite el párrafo anterior.");
		browser.checkAccessibility();
	}

	/**
	 * An amendment the drafting script kept before keep-typed.js kept the form (one copy per paragraph, its fields by
	 * name) is put back the first time the form is shown, and its older copy goes: not deleted unread by the update.
	 */
	@Test
	void anAmendmentKeptByTheOlderScriptComesBack() {
		UUID paragraph = amendFormWithAnOlderCopy("CSM", "Escrito antes de la actualización.");
		JavascriptExecutor js = (JavascriptExecutor) Browser.driver();
		browser.waitForText(By.cssSelector(".keep-typed-note"), "Se recuperó el texto que no había enviado");
		assertThat(Browser.driver().findElement(By.id("kind-DELETE")).isSelected()).isTrue();
		assertThat(value("reason")).isEqualTo("Escrito antes de la actualización.");
		// the older copy said not when it was typed: the note does not invent a moment, it says since when it is kept
		assertThat(browser.text(By.cssSelector(".keep-typed-note p"))).contains("guardado en este navegador desde el")
			.doesNotContain("Escrito el");
		assertThat(js.executeScript("return localStorage.getItem(arguments[0])", "puente.drafting." + paragraph))
			.isNull();
	}

	/**
	 * An older amendment copy says not when it was typed (lang13): it is kept 14 days from the day this browser first
	 * saw it, whether or not its form is opened. Put back on the third day, the note says since when it is kept; one
	 * first seen 15 days ago goes from any page, unread.
	 */
	@Test
	void anOlderAmendmentCopyIsKeptFourteenDaysFromTheDayItWasFirstSeen() {
		UUID paragraph = paragraphInAnOpenRound();
		UUID forgotten = paragraphInAnOpenRound();
		JavascriptExecutor js = (JavascriptExecutor) Browser.driver();
		browser.signInAndOpen("admin", "/home");
		js.executeScript("localStorage.setItem(arguments[0], JSON.stringify({ proponent: 'CSM', kind: 'DELETE', "
				+ "reason: 'Escrito hace días.' })); localStorage.setItem(arguments[1], JSON.stringify({ proponent: "
				+ "'CSM', kind: 'DELETE', reason: 'Nunca se volvió a abrir.' }))", "puente.drafting." + paragraph,
				"puente.drafting." + forgotten);
		browser.open("/home");
		long firstSeen = ((Number) js.executeScript("return JSON.parse(localStorage.getItem(arguments[0])).seen",
				"puente.drafting." + paragraph)).longValue();
		assertThat(Instant.ofEpochMilli(firstSeen)).isBetween(Instant.now().minusSeconds(300), Instant.now().plusSeconds(5));
		// three days on for the one, fifteen for the other
		long day = 86_400_000L;
		js.executeScript("var day = arguments[2]; function age(key, days) { var old = JSON.parse(localStorage.getItem(key)); "
				+ "old.seen = Date.now() - days * day; localStorage.setItem(key, JSON.stringify(old)); } "
				+ "age(arguments[0], 3); age(arguments[1], 15);", "puente.drafting." + paragraph,
				"puente.drafting." + forgotten, day);
		long seen = ((Number) js.executeScript("return JSON.parse(localStorage.getItem(arguments[0])).seen",
				"puente.drafting." + paragraph)).longValue();
		browser.open("/drafting");
		assertThat(js.executeScript("return localStorage.getItem(arguments[0])", "puente.drafting." + forgotten))
			.as("first seen 15 days ago: gone without its form being opened").isNull();

		browser.open("/drafting/paragraphs/" + paragraph + "/amend");
		browser.waitForText(By.cssSelector(".keep-typed-note"), "Se recuperó el texto que no había enviado");
		assertThat(value("reason")).isEqualTo("Escrito hace días.");
		assertThat(browser.text(By.cssSelector(".keep-typed-note p")))
			.contains("Escrito antes de una actualización de Puente; guardado en este navegador desde el")
			.contains("(se borra a los 14 días)");
		assertThat(Instant.parse(Browser.driver().findElement(By.cssSelector(".keep-typed-note time"))
			.getAttribute("datetime"))).isEqualTo(Instant.ofEpochMilli(seen));
		// its days go on counting from the day it was first seen, not from today
		assertThat(((Number) js.executeScript("return Object.keys(localStorage).filter(function (k) { "
				+ "return k.indexOf('puente.keep.') === 0 && localStorage.getItem(k).indexOf('hace días') >= 0; })"
				+ ".map(function (k) { return JSON.parse(localStorage.getItem(k)).at; })[0]")).longValue())
			.isEqualTo(seen);
		browser.checkAccessibility();
	}

	/** Where the browser has no Intl, the older copy comes back all the same, its note in the server's words. */
	@Test
	void anOlderAmendmentCopyComesBackWithoutIntlAndNoScriptFails() {
		ChromeDriver chrome = (ChromeDriver) Browser.driver();
		Object added = OlderBrowsers.withoutIntlRecordingErrors();
		try {
			amendFormWithAnOlderCopy("CSM", "Escrito en un navegador antiguo.");
			browser.waitForText(By.cssSelector(".keep-typed-note"), "Se recuperó el texto que no había enviado");
			assertThat(value("reason")).isEqualTo("Escrito en un navegador antiguo.");
			assertThat(browser.text(By.cssSelector(".keep-typed-note p")))
				.isEqualTo("Se recuperó el texto que no había enviado: revíselo y envíelo.");
			assertThat((List<?>) ((JavascriptExecutor) chrome).executeScript("return window.puenteErrors")).isEmpty();
		}
		finally {
			OlderBrowsers.forgetScript(added);
		}
	}

	@Test
	void anOlderAmendmentCopyForAProponentNotOfferedIsNotRestoredAndGoes() {
		// the older script's key names the paragraph only: on a shared computer it may hold another country's amendment
		UUID paragraph = amendFormWithAnOlderCopy("PA", "Texto de otro país.");
		JavascriptExecutor js = (JavascriptExecutor) Browser.driver();
		browser.waitFor(By.id("amend-form"));
		assertThat(Browser.driver().findElements(By.cssSelector(".keep-typed-note"))).isEmpty();
		assertThat(Browser.driver().findElement(By.id("kind-DELETE")).isSelected()).isFalse();
		assertThat(value("reason")).isEmpty();
		assertThat(js.executeScript("return localStorage.getItem(arguments[0])", "puente.drafting." + paragraph))
			.isNull();
		assertThat(js.executeScript("return Object.keys(localStorage).filter(function (k) { "
				+ "return k.indexOf('puente.drafting.') === 0 || localStorage.getItem(k).indexOf('otro país') >= 0; })"))
			.asList().isEmpty();
	}

	/**
	 * An administrator's amendment form (proponents CRM and CSM) shown again after the older drafting script kept a
	 * copy for {@code proponent}: a deletion, with {@code reason}. @return the paragraph
	 */
	private UUID amendFormWithAnOlderCopy(String proponent, String reason) {
		UUID paragraph = paragraphInAnOpenRound();
		browser.signInAndOpen("admin", "/drafting/paragraphs/" + paragraph + "/amend");
		((JavascriptExecutor) Browser.driver()).executeScript("localStorage.setItem(arguments[0], JSON.stringify("
				+ "{ proponent: arguments[1], kind: 'DELETE', reason: arguments[2] }))", "puente.drafting." + paragraph,
				proponent, reason);
		Browser.driver().navigate().refresh();
		return paragraph;
	}

	/** The first paragraph of a fresh text whose round is open for a week. */
	private UUID paragraphInAnOpenRound() {
		UUID text = drafting.create(new DraftingManagement.NewText(TextKind.BIREGIONAL_INPUT,
				"Texto de prueba " + UUID.randomUUID(), null, null, null, null, List.of("CRM", "CSM"),
				"Primer párrafo sobre la cooperación regional."), accounts.byUsername("st-crm").orElseThrow());
		rounds.open(text, LocalDate.now().plusDays(7), LatePolicy.REFUSE, accounts.byUsername("st-crm").orElseThrow());
		return jdbc.queryForObject("select id from drafting_paragraph where text_id = ? order by position limit 1",
				UUID.class, text);
	}

	private static String value(String id) {
		return Browser.driver().findElement(By.id(id)).getAttribute("value");
	}
}

package org.puente.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A secretariat uploads a Word document, waits for its text, finds it by a word inside it with and without
 * accents, uploads a second version and reads the diff, moves the input to "submitted"; an anonymous visitor can
 * neither open nor find a document reserved for the conferences. Every page is checked with axe-core.
 */
@BrowserTest
class DocumentBrowserTests extends BrowserPages {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void secretariatUploadsFindsVersionsAndMovesAnInput() throws Exception {
		Path first = Files.createTempFile("insumo-", ".docx");
		Files.write(first, new TestFiles().docx("Insumo sobre la cooperación en Ñandutí y fronteras",
				"Los Países Miembros proponen un diálogo permanente.", "Párrafo que se suprimirá."));
		Path second = Files.createTempFile("insumo-v2-", ".docx");
		Files.write(second, new TestFiles().docx("Insumo sobre la cooperación en Ñandutí y fronteras",
				"Los Países Miembros proponen un diálogo permanente.", "Párrafo nuevo acordado en la plenaria."));

		browser.signInAndOpen("st-crm", "/documents");
		browser.clickToNavigate(By.linkText("Subir un documento")).checkAccessibility();
		browser.type("title.es", "Insumo de prueba del navegador");
		new Select(Browser.driver().findElement(By.id("kind"))).selectByValue("BIREGIONAL_INPUT");
		browser.click(By.id("process-CRM")).click(By.id("session-3"));
		browser.attach("file", first);
		// the meeting is found by a few words and chosen from the list with the keyboard, not pasted as an identifier
		browser.typeAndWaitForSwap("meetingId-search", "bruselas");
		assertThat(Browser.driver().findElements(By.cssSelector("#meetingId-options input[type=radio]"))).hasSize(2);
		assertThat(browser.text(By.id("meetingId-options")))
			.contains("Reunión CRM–CSM previa a la reunión CELAC–UE sobre migraciones").contains("Bruselas (Bélgica)");
		assertThat(browser.text(By.id("meetingId-status"))).isEqualTo("1 reunión coincide");
		browser.checkAccessibility();
		Browser.driver().findElement(By.id("meetingId-search")).sendKeys(Keys.ARROW_DOWN);
		Browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
		assertThat(Browser.driver().findElements(By.cssSelector("input[name=meetingId]:checked")))
			.extracting(e -> e.getAttribute("id")).singleElement().asString().doesNotEndWith("-none");
		assertThat(Browser.driver().findElements(By.cssSelector("input[type=text][name=meetingId]"))).isEmpty();
		browser.clickAndWaitForFlash(By.id("save-document"));
		// checked once the text is extracted: until then htmx replaces the list of versions every two seconds
		waitUntilExtracted(1);
		browser.checkAccessibility();
		String documentPath = browser.currentPath().replaceAll("\\?.*$", "");
		browser.clickToNavigate(By.linkText("Ver la reunión")).checkAccessibility();
		assertThat(browser.heading()).isEqualTo("Reunión CRM–CSM previa a la reunión CELAC–UE sobre migraciones");
		assertThat(browser.text(By.tagName("main"))).contains("Documentos de esta reunión")
			.contains("Insumo de prueba del navegador");
		browser.open(documentPath);

		for (String query : new String[] { "Ñandutí", "nanduti" }) {
			browser.open("/search?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
			assertThat(browser.text(By.cssSelector(".search-results"))).contains("Insumo de prueba del navegador");
		}

		browser.open(documentPath);
		browser.attach("version-file", second);
		browser.type("version-note", "Texto acordado");
		browser.clickAndWaitForFlash(By.id("upload-version"));
		waitUntilExtracted(2);
		browser.clickToNavigate(By.id("compare")).checkAccessibility();
		assertThat(browser.text(By.id("diff-summary"))).isNotBlank();
		assertThat(browser.text(By.cssSelector("table.diff"))).contains("Párrafo nuevo acordado en la plenaria.")
			.contains("Párrafo que se suprimirá.");
		assertThat(browser.pageSource()).contains("<ins>Párrafo nuevo acordado en la plenaria.</ins>");

		browser.open(documentPath);
		browser.clickAndWaitForFlash(By.id("move-AGREED_IN_CONFERENCE"));
		browser.checkAccessibility();
		browser.typeAndWaitForSwap("meetingId-search", "plenaria 2017");
		assertThat(Browser.driver().findElements(By.cssSelector("#meetingId-options input[type=radio]"))).hasSize(2);
		browser.click(By.cssSelector("#meetingId-options li:nth-child(2) label"));
		browser.clickAndWaitForFlash(By.id("move-APPROVED_IN_PLENARY"));
		browser.clickAndWaitForFlash(By.id("move-SUBMITTED"));
		browser.checkAccessibility();
		assertThat(browser.text(By.id("input-state"))).isEqualTo("Enviado");
		// picked in the calendar, the plenary is recorded by its title there
		assertThat(browser.pageSource()).contains("Consulta plenaria CRM–CSM sobre los insumos bi-regionales al PMM");

		browser.open("/documents/inputs");
		assertThat(browser.text(By.cssSelector("table.board tbody tr:nth-child(3) td[data-state=SUBMITTED]"))).contains("Insumo de prueba del navegador");
		browser.open("/documents?lang=es");
	}

	@Test
	void anonymousVisitorsNeitherSeeNorFindAConferenceDocument() {
		String reserved = jdbc.queryForObject("""
				select id::text from document where confidentiality = 'CONFERENCES' and kind = 'BIREGIONAL_INPUT'
				limit 1""", String.class);
		browser.signOut().open("/documents/" + reserved);
		assertThat(browser.heading()).isNotEmpty();
		assertThat(browser.pageSource()).doesNotContain("Borrador reservado");
		browser.open("/search?q=alerta+temprana");
		assertThat(browser.pageSource()).doesNotContain("Borrador reservado");
		browser.open("/search?q=migrantes+extraregionales");
		assertThat(browser.text(By.cssSelector(".search-results"))).contains("extra-regionales")
			.doesNotContain("Borrador reservado");
		browser.open("/portal");
		browser.open("/portal/sessions/3");
		assertThat(browser.pageSource()).doesNotContain("Borrador reservado");
		browser.open("/portal/objectives/11");
		browser.open("/documents/inputs");
		assertThat(browser.pageSource()).doesNotContain("Borrador reservado");
		browser.open("/search");

		browser.signInAndOpen("fp-mexico", "/search?q=alerta+temprana");
		assertThat(browser.text(By.cssSelector(".search-results"))).contains("Borrador reservado");
		browser.open("/documents/" + reserved);
		browser.open("/portal?lang=es");
	}

	/** Waits until the polled list of versions shows the version's text extracted, and stops being polled. */
	private void waitUntilExtracted(int version) {
		new WebDriverWait(Browser.driver(), Duration.ofSeconds(60), Browser.POLL).until(ExpectedConditions.and(
				ExpectedConditions.presenceOfElementLocated(By.cssSelector("#version-" + version + " td.extraction.DONE")),
				ExpectedConditions.numberOfElementsToBe(By.cssSelector("#versions[data-hx-trigger]"), 0)));
	}
}

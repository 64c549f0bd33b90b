package org.puente.consultations;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.puente.browser.Browser;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workflow in Chromium, with axe-core on every page: a secretariat builds a consultation, Panamá and
 * Chile answer it (their drafts save themselves), the secretariat analyses the coincidences, drafts and adopts the
 * bi-regional definition, and the SKOS file carries it.
 */
@BrowserTest
class ConsultationsBrowserTests extends ConsultationBrowserPages {

	@Test
	void buildsAConsultationAnswersItAsTwoCountriesAnalysesAndAdoptsADefinition() throws Exception {
		browser.signInAndOpen("st-crm", "/consultations/new");
		browser.type("title.es", "Definiciones de refugio");
		browser.click(By.id("process-CSM"));
		browser.setValue("deadline", "2031-06-20");
		browser.clickAndWaitForFlash(By.cssSelector("form.form button[type=submit]"));
		browser.checkAccessibility();
		String consultation = browser.currentPath().replace("/consultations/", "");

		browser.type("sectionTitle.es", "Conceptos");
		browser.type("prompt.es", "¿Cómo define su país este término?");
		new Select(Browser.driver().findElement(By.id("glossaryTermId"))).selectByVisibleText("solicitante de refugio");
		browser.clickAndWaitForFlash(By.cssSelector("#add-question ~ form button[type=submit]"));
		browser.checkAccessibility();
		browser.clickAndWaitForFlash(By.cssSelector("form[action$='/send'] button"));
		browser.checkAccessibility();
		assertThat(browser.pageSource()).contains("Chile").contains("Panamá");

		// the focal points find it on their home, to answer
		browser.signInAndOpen("fp-panama", "/home");
		assertThat(browser.text(By.id("panel-questionnaires-to-answer"))).contains("Definiciones de refugio");

		answer("fp-panama", consultation,
				"Persona que ha pedido asilo y aguarda que el Estado decida si la reconoce como refugiada.");
		// Chile words it almost as Panamá does: the analysis must find these two the closest
		answer("fp-chile", consultation,
				"Persona que ha pedido asilo en Chile y aguarda que el Estado decida si la reconoce como refugiada.");

		browser.signInAndOpen("st-crm", "/consultations/" + consultation);
		assertThat(browser.pageSource()).contains("2 de 23 países");
		browser.clickToNavigate(By.linkText("Chile")).checkAccessibility();
		assertThat(browser.pageSource()).contains("ha pedido asilo en Chile");
		browser.open("/consultations");
		browser.clickToNavigate(By.linkText("Conceptos esenciales para el PMM")).checkAccessibility();
		assertThat(browser.heading()).contains("Conceptos esenciales para el PMM");
		browser.open("/glossary");
		browser.open("/glossary/solicitante-de-refugio");
		browser.open("/glossary/solicitante-de-refugio/coincidences");
		assertThat(browser.text(By.cssSelector(".similarity-matrix"))).contains("PA").contains("CL");
		assertThat(browser.text(By.id("coincidence-summary"))).contains("países dieron su definición")
			.contains("El elemento más compartido es «").contains("Chile y Panamá");
		assertThat(Browser.driver().findElement(By.id("text.es")).getAttribute("value")).isNotBlank();
		browser.type("text.es", "Persona que ha solicitado el reconocimiento de la condición de refugiado y cuya solicitud "
				+ "aún no ha sido resuelta en forma definitiva.");
		browser.clickAndWaitForFlash(By.cssSelector("form[action$='/biregional'] button[type=submit]"));
		browser.checkAccessibility();
		browser.clickAndWaitForFlash(By.cssSelector("form[action$='/agree'] button"));
		browser.checkAccessibility();
		assertThat(browser.pageSource()).contains("Acordada por la CRM");
		// with one conference only, the definition is not bi-regional: no adoption form, and the page says why
		assertThat(Browser.driver().findElements(By.id("adoption-form"))).isEmpty();
		assertThat(browser.text(By.id("adoption-not-yet"))).contains("las dos Conferencias");
		assertThat(browser.text(By.id("standing-CRM"))).contains("acordó el texto actual");
		assertThat(browser.text(By.id("standing-CSM"))).contains("todavía no ha acordado");
		assertThat(Browser.driver().findElements(By.id("agree-CRM"))).isEmpty();

		browser.signInAndOpen("st-csm", "/glossary/solicitante-de-refugio");
		browser.clickAndWaitForFlash(By.id("agree-CSM"));
		browser.checkAccessibility();
		assertThat(browser.pageSource()).contains("Acordada por ambas Conferencias");
		browser.click(By.cssSelector("#adoption-form summary"));
		browser.type("meetingTitle", "XXII Reunión Viceministerial de la CRM");
		browser.setValue("meetingDate", "2017-11-16");
		browser.clickAndWaitForFlash(By.id("adopt"));
		browser.checkAccessibility();
		assertThat(browser.text(By.id("biregional-status"))).startsWith("Adoptada")
			.contains("XXII Reunión Viceministerial").contains("16 de noviembre de 2017")
			.doesNotContain("Adoptada adoptada");

		HttpResponse<byte[]> skos = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/glossary.ttl")).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(skos.statusCode()).isEqualTo(200);
		Model model = ModelFactory.createDefaultModel();
		RDFParser.source(new ByteArrayInputStream(skos.body())).lang(Lang.TURTLE).parse(model);
		var concept = model.listSubjectsWithProperty(SKOS.prefLabel, model.createLiteral("asylum seeker", "en")).next();
		assertThat(concept.getProperty(SKOS.definition, "es").getString()).contains("resuelta en forma definitiva");
		browser.open("/glossary?lang=es");
	}

	@Test
	void keepsWhatWasTypedWhenTheSessionEndsAndSavesItAfterSigningInAgain() {
		var answer = answerAs("fp-mexico");
		browser.typeAndWaitForSwap(answer.id(), "Regreso voluntario al país de origen");
		assertThat(browser.text(answer.status())).contains("Guardado a las");

		// the session ends (a timeout, a password changed elsewhere) while the page stays open
		Browser.driver().manage().deleteAllCookies();
		answer.element().sendKeys(" con apoyo logístico y financiero.");
		browser.waitForText(By.id("autosave-notice"), "Su sesión terminó");
		browser.checkAccessibility();

		browser.signInAgain("fp-mexico").open("/consultations/" + consultation + "/answer");
		browser.waitForText(By.cssSelector(".keep-typed-note"), "Recuperamos");
		// the page came with "Guardado por …": this is the answer to the copy the browser put back
		browser.waitForText(answer.status(), "Guardado a las");
		browser.open("/consultations/" + consultation + "/answer");
		assertThat(Browser.driver().findElement(By.cssSelector("textarea[data-autosave]")).getAttribute("value"))
			.isEqualTo("Regreso voluntario al país de origen con apoyo logístico y financiero.");
	}

	/**
	 * Another session of the country saves a different answer while this one types: the status line shows theirs
	 * beside what was typed, typing on keeps theirs, "save mine instead" replaces it, "put theirs in the field" takes it.
	 */
	@Test
	void aColleaguesAnswerSavedMeanwhileStaysUntilThisFocalPointChooses() {
		var answer = answerAs("fp-panama");
		String field = answer.id();
		By status = answer.status();
		browser.typeAndWaitForSwap(field, "Retorno digno");
		colleagueSaves(field, "Retorno según la colega");
		browser.typeAndWaitForSwap(field, "Retorno digno y sostenible");
		browser.waitForText(status, "Retorno según la colega");
		browser.checkAccessibility();
		browser.typeAndWaitForSwap(field, "Retorno digno, sostenible y seguro");
		browser.waitForText(status, "Retorno digno, sostenible y seguro");
		assertThat(stored(answer)).isEqualTo("Retorno según la colega");

		Browser.driver().findElement(By.xpath("//button[text()='Guardar lo que escribí en lugar de su versión']")).click();
		browser.waitForText(status, "Guardado a las");
		assertThat(stored(answer)).isEqualTo("Retorno digno, sostenible y seguro");

		colleagueSaves(field, "Otra versión de la colega");
		browser.typeAndWaitForSwap(field, "Un cambio más");
		browser.waitForText(status, "Otra versión de la colega");
		Browser.driver().findElement(By.cssSelector("[data-take-theirs]")).click();
		browser.waitForText(status, "Su versión está ahora en el campo");
		assertThat(Browser.driver().findElement(By.id(field)).getAttribute("value")).isEqualTo("Otra versión de la colega");
		browser.typeAndWaitForSwap(field, "Otra versión de la colega, corregida");
		browser.waitForText(status, "Guardado a las");
		assertThat(stored(answer)).isEqualTo("Otra versión de la colega, corregida");
	}

	/** A save of the answer to the question of the field {@code q-<id>} by another session of the country. */
	private void colleagueSaves(String field, String text) {
		jdbc.update("update consultation_answer set text_value = ?, version = version + 1 where question_id = ?::uuid",
				text, field.substring(2));
	}

	private void answer(String focalPoint, String consultation, String definition) {
		browser.signInAndOpen(focalPoint, "/consultations/" + consultation + "/answer");
		// the browser is shared: what the country before typed is not offered to this one
		assertThat(browser.text(By.id("autosave-notice"))).isEmpty();
		WebElement textarea = Browser.driver().findElement(By.cssSelector("textarea[data-autosave]"));
		assertThat(textarea.getAttribute("value")).isEmpty();
		String field = textarea.getAttribute("id");
		// the answer is sent only once the draft of the whole text is saved: an earlier save of part of it, answered
		// while the rest is on its way, would make the sending look like an edit of an older version
		browser.typeAndWaitForSwap(field, definition);
		assertThat(browser.text(By.id("status-" + field.substring(2)))).contains("Guardado a las");
		browser.checkAccessibility();
		browser.clickAndWaitForFlash(By.cssSelector("#answer-form button[type=submit]"));
		browser.checkAccessibility();
		assertThat(browser.text(By.cssSelector(".flash"))).contains("se enviaron");
	}
}

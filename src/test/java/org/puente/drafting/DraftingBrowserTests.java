package org.puente.drafting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A secretariat drafts a text and opens a round, two countries amend it, the secretariat accepts one amendment and
 * rejects the other, downloads the compilations, and records the approval in plenary — with axe on every page.
 */
@BrowserTest
class DraftingBrowserTests extends BrowserPages {

	@Test
	void aTextIsDraftedAmendedByTwoCountriesDecidedCompiledAndApproved() throws Exception {
		String title = "Declaración conjunta de prueba " + System.nanoTime();
		browser.signInAndOpen("st-crm", "/drafting");
		browser.clickToNavigate(By.linkText("Nuevo texto")).checkAccessibility();
		new Select(Browser.driver().findElement(By.id("kind"))).selectByValue("JOINT_DECLARATION");
		browser.type("title.es", title);
		browser.click(By.id("process-CSM"));
		browser.type("body", "Las Conferencias reafirman su compromiso con el Pacto Mundial.\n\n"
				+ "Proponen un diálogo permanente entre las Secretarías Técnicas.");
		browser.clickToNavigate(By.cssSelector("form.form button[type=submit]")).checkAccessibility();
		browser.waitFor(By.id("round-heading"));
		assertThat(browser.heading()).isEqualTo(title);
		String textPath = browser.currentPath();

		setDate("lastDay", LocalDate.now().plusDays(10));
		browser.clickAndWaitForFlash(By.id("open-round"));
		browser.checkAccessibility();

		browser.signInAndOpen("fp-mexico", textPath);
		browser.clickToNavigate(By.id("amend-2")).checkAccessibility();
		// seen in the walk-through: each radio on its own line above its label
		WebElement radio = Browser.driver().findElement(By.id("kind-REPLACE"));
		WebElement radioLabel = Browser.driver().findElement(By.cssSelector("label[for=kind-REPLACE]"));
		assertThat(radioLabel.getRect().getY()).as("label beside its radio")
			.isLessThan(radio.getRect().getY() + radio.getRect().getHeight());
		assertThat(radioLabel.getRect().getX()).isGreaterThan(radio.getRect().getX());
		browser.click(By.id("kind-REPLACE"));
		browser.type("original", "diálogo permanente");
		browser.type("replacement", "diálogo permanente y estructurado");
		browser.type("reason", "Da forma al diálogo.");
		browser.clickAndWaitForFlash(By.id("propose"));
		browser.checkAccessibility();

		browser.signInAndOpen("fp-chile", textPath);
		browser.clickToNavigate(By.id("amend-1"));
		browser.click(By.id("kind-INSERT_AFTER"));
		browser.type("replacement", "Reconocen el aporte de las personas migrantes al desarrollo.");
		browser.type("reason", "Equilibra el texto.");
		browser.clickAndWaitForFlash(By.id("propose"));
		// Chile supports Mexico's amendment
		WebElement support = Browser.driver().findElement(By.cssSelector("button[id^=support-]"));
		browser.clickAndWaitForFlash(support);
		assertThat(browser.pageSource()).contains("La apoyan:");

		browser.signInAndOpen("st-crm", textPath);
		var decisions = Browser.driver().findElements(By.cssSelector("details.decision-form"));
		assertThat(decisions).hasSize(2);
		// paragraph 1 holds Chile's insertion, paragraph 2 Mexico's replacement; a decided one loses its form
		decide(1, "ACCEPTED");
		decide(0, "REJECTED");
		assertThat(Browser.driver().findElement(By.cssSelector(".paragraph-body")).getText()).isNotEmpty();
		assertThat(browser.pageSource()).contains("diálogo permanente y estructurado entre las Secretarías");

		String textPage = browser.pageSource();
		browser.clickToNavigate(By.linkText("Con las propuestas como control de cambios")).checkAccessibility();
		assertThat(browser.pageSource()).isNotEqualTo(textPage)
			.contains("diálogo permanente y estructurado entre las Secretarías");
		browser.open(textPath + "/matrix");
		assertThat(browser.pageSource()).contains("México").contains("Chile");
		browser.open(textPath);
		assertThat(download(textPath + "/compilation?format=docx&tracked=true")).startsWith("PK");
		assertThat(download(textPath + "/compilation?format=pdf")).startsWith("%PDF");

		new Select(Browser.driver().findElement(By.id("approval-meeting")))
			.selectByVisibleText(Browser.driver().findElements(By.cssSelector("#approval-meeting option")).stream()
				.map(WebElement::getText)
				.filter(t -> t.startsWith("Consulta plenaria"))
				.findFirst()
				.orElseThrow());
		setDate("approval-on", LocalDate.of(2017, 9, 27));
		browser.type("approval-agreement", "Acuerdo de la consulta plenaria");
		browser.clickAndWaitForFlash(By.id("approve"));
		browser.checkAccessibility();
		assertThat(browser.text(By.cssSelector(".meta .badge"))).isEqualTo("Aprobado");
		browser.clickToNavigate(By.linkText("Ver el documento aprobado")).checkAccessibility();
		assertThat(browser.currentPath()).startsWith("/documents/");
		assertThat(browser.heading()).isEqualTo(title);
	}

	private void decide(int index, String outcome) {
		WebElement details = Browser.driver().findElements(By.cssSelector("details.decision-form")).get(index);
		details.findElement(By.tagName("summary")).click();
		new Select(details.findElement(By.cssSelector("select[name=outcome]"))).selectByValue(outcome);
		browser.clickAndWaitForFlash(details.findElement(By.cssSelector("button[type=submit]")));
		browser.checkAccessibility();
	}

	private void setDate(String id, LocalDate date) {
		((JavascriptExecutor) Browser.driver()).executeScript("arguments[0].value = arguments[1]",
				Browser.driver().findElement(By.id(id)), date.toString());
	}

	/** Fetches a file with the browser's session, as clicking the link would. */
	private String download(String path) throws Exception {
		String cookies = Browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + path)).header("Cookie", cookies).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return new String(response.body(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
	}
}

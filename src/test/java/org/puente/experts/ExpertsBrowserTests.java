package org.puente.experts;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A secretariat opens a nomination round; focal points and secretariats propose experts for a thematic session;
 * a fourth nominee of the same conference is refused and shown as refused; each conference agrees to its own,
 * both presidencies approve, and the joint letter downloads in Spanish and English — with axe on every page.
 */
@BrowserTest
class ExpertsBrowserTests extends BrowserPages {

	@Test
	void aNominationRoundRunsToTheLetterWithTheRefusedFourthNomineeShown() throws Exception {
		String title = "Ronda de prueba " + System.nanoTime();
		browser.signInAndOpen("st-crm", "/");
		browser.clickToNavigate(By.linkText("Expertos")).checkAccessibility();
		assertThat(browser.heading()).isEqualTo("Lista de expertos");
		browser.clickToNavigate(By.id("rounds-link")).checkAccessibility();
		browser.type("title", title);
		browser.click(By.id("round-session-4"));
		browser.type("quota", "3");
		browser.setValue("deadline", LocalDate.now().plusDays(10).toString());
		browser.clickAndWaitForFlash(By.id("open-round"));
		browser.checkAccessibility();
		assertThat(browser.heading()).isEqualTo(title);
		String roundPath = browser.currentPath().replaceAll("#.*", "");

		browser.signInAndOpen("fp-chile", roundPath);
		propose("Carolina Méndez Ibarra", null, null);
		browser.signInAndOpen("st-csm", roundPath);
		propose("Fernanda Costa Ribeiro", "CSM", "BR");
		propose("Martín Echeverría Soto", "CSM", "AR");
		// the balance while choosing counts the three proposed
		assertThat(browser.text(By.id("round-balance"))).contains("3 personas: 2 mujeres, 1 hombre");
		propose("Sebastián Olivera Rey", "CSM", "UY");
		assertThat(browser.text(By.id("error-summary"))).contains("En la sesión temática 4 el cupo de la Conferencia (CSM) está completo: ya tiene 3 expertos propuestos.");
		browser.checkAccessibility();
		browser.open(roundPath);
		assertThat(browser.text(By.id("refusals"))).contains("Sebastián Olivera Rey").contains("Uruguay")
			.contains("Cupo completo");

		browser.signInAndOpen("fp-mexico", roundPath);
		propose("Ana Lucía Ferrer Quiñones", null, null);

		browser.signInAndOpen("st-csm", roundPath);
		agreeAll("nominations-4-CSM");
		browser.signInAndOpen("st-crm", roundPath);
		agreeAll("nominations-4-CRM");
		browser.clickAndWaitForFlash(By.id("approve-CRM"));
		browser.checkAccessibility();
		browser.signInAndOpen("st-csm", roundPath);
		browser.clickAndWaitForFlash(By.id("approve-CSM"));
		browser.checkAccessibility();
		assertThat(browser.text(By.id("approvals"))).contains("Aprobada por la Presidencia Pro Tempore de la CRM")
			.contains("Aprobada por la Presidencia Pro Tempore de la CSM");
		assertThat(browser.text(By.id("nominations-4-CSM"))).contains("3 plazas ocupadas de 3");

		assertThat(download(Browser.driver().findElement(By.id("letter-es-docx")).getAttribute("href"))).startsWith("PK");
		assertThat(download(Browser.driver().findElement(By.id("letter-en-pdf")).getAttribute("href"))).startsWith("%PDF");
		assertThat(download(Browser.driver().findElement(By.id("letter-es-pdf")).getAttribute("href"))).startsWith("%PDF");

		browser.signInAndOpen("st-crm", "/experts/letter-template");
		assertThat(Browser.driver().findElement(By.id("template-es")).getAttribute("value")).contains("{{list}}");
	}

	@Test
	void aSecretariatAddsAnExpertIsRefusedADuplicateAndABadImportThenRecordsAWithdrawal() throws Exception {
		String name = "Experta de prueba " + System.nanoTime();
		browser.signInAndOpen("st-csm", "/experts");
		browser.clickToNavigate(By.id("new-expert")).checkAccessibility();
		String email = "experta." + System.nanoTime() + "@example.org";
		fillExpert(name, email);
		browser.clickAndWaitForFlash(By.id("save-expert"));
		browser.checkAccessibility();
		assertThat(browser.heading()).isEqualTo(name);
		assertThat(browser.text(By.id("consent-state"))).startsWith("Consintió");
		String expertPath = browser.currentPath();

		browser.open("/experts/new");
		fillExpert(name.toUpperCase(), email.toUpperCase());
		browser.clickToNavigate(By.id("save-expert")).checkAccessibility();
		assertThat(browser.text(By.id("error-summary"))).contains("Ya hay en la lista un experto llamado");
		assertThat(Browser.driver().findElement(By.id("fullName")).getAttribute("value")).isEqualTo(name.toUpperCase());

		java.nio.file.Path csv = java.nio.file.Files.createTempFile("expertos", ".csv");
		java.nio.file.Files.writeString(csv, String.join(",", Roster.CSV_COLUMNS) + "\n"
				+ "Fila buena,fila.buena." + System.nanoTime() + "@example.org,U,AR,es,4,,FEMALE,SOUTH_AMERICA,Bio,,sí,sí,2026-01-01\n"
				+ "Fila mala,no-es-correo,U,XX,es,7,,FEMALE,SOUTH_AMERICA,Bio,,sí,sí,2026-01-01\n");
		browser.open("/experts/import");
		browser.attach("file", csv);
		browser.clickToNavigate(By.id("import")).checkAccessibility();
		assertThat(browser.text(By.id("error-summary"))).contains("no se importó nada").contains("Escriba un correo electrónico válido")
			.doesNotContain("Fila buena");
		java.nio.file.Files.delete(csv);

		browser.open(expertPath);
		browser.clickAndWaitForFlash(By.id("withdraw-consent"));
		browser.checkAccessibility();
		assertThat(browser.text(By.id("consent-state"))).startsWith("Retiró su consentimiento");
	}

	private void fillExpert(String name, String email) {
		browser.type("fullName", name);
		browser.type("email", email);
		browser.type("affiliation", "Universidad de prueba");
		new Select(Browser.driver().findElement(By.id("country"))).selectByValue("CL");
		browser.click(By.id("language-es")); // chosen by name, no codes to type (walk13 #16)
		browser.click(By.id("language-en"));
		browser.click(By.id("session-5"));
		browser.click(By.id("objective-10"));
		browser.type("bio", "Investiga la trata de personas.");
		new Select(Browser.driver().findElement(By.id("gender"))).selectByValue("FEMALE");
		new Select(Browser.driver().findElement(By.id("region"))).selectByValue("SOUTH_AMERICA");
		browser.click(By.id("consentListed"));
		browser.click(By.id("consentShareUn"));
		browser.setValue("consentOn", LocalDate.now().minusDays(1).toString());
	}

	/**
	 * Late walk-through #23: Nadia Castillo Herrera named session 6 only; chosen for session 1 the form warns, without
	 * refusing, and the proposal is marked for the ST in the round.
	 */
	@Test
	void anExpertChosenForASessionSheDidNotNameIsWarnedOfAndMarkedInTheRound() {
		String title = "Ronda fuera de sesión " + System.nanoTime();
		browser.signInAndOpen("st-crm", "/experts/rounds?lang=es");
		browser.type("title", title);
		browser.click(By.id("round-session-1"));
		browser.click(By.id("round-session-6"));
		browser.type("quota", "3");
		browser.setValue("deadline", LocalDate.now().plusDays(10).toString());
		browser.clickAndWaitForFlash(By.id("open-round"));
		String roundPath = browser.currentPath().replaceAll("#.*", "");

		browser.signInAndOpen("fp-panama", roundPath + "?lang=es");
		Select session = new Select(Browser.driver().findElement(By.id("session")));
		Select experts = new Select(Browser.driver().findElement(By.id("expertId")));
		WebElement nadia = experts.getOptions().stream()
			.filter(o -> o.getText().startsWith("Nadia Castillo Herrera")).findFirst().orElseThrow();
		assertThat(nadia.getText()).isEqualTo("Nadia Castillo Herrera — Panamá (sesión 6)");
		session.selectByValue("1");
		experts.selectByValue(nadia.getAttribute("value"));
		assertThat(browser.text(By.id("expert-sessions-warning")))
			.startsWith("Atención: Nadia Castillo Herrera no eligió la sesión 1 (eligió: 6).");
		session.selectByValue("6");
		assertThat(browser.text(By.id("expert-sessions-warning"))).isEmpty();
		session.selectByValue("1");
		browser.checkAccessibility();
		browser.clickAndWaitForFlash(By.id("propose-expert"));
		assertThat(browser.text(By.cssSelector(".flash"))).contains("la persona no eligió esta sesión");

		browser.signInAndOpen("st-crm", roundPath + "?lang=es");
		assertThat(browser.text(By.id("nominations-1-CRM"))).contains("Nadia Castillo Herrera")
			.contains("Fuera de las sesiones que eligió (6)");
	}

	/** Chooses the expert (and, for a secretariat, the conference and country) and proposes. */
	private void propose(String expert, String conference, String country) {
		new Select(Browser.driver().findElement(By.id("session"))).selectByValue("4");
		if (conference != null) {
			new Select(Browser.driver().findElement(By.id("conference"))).selectByValue(conference);
			new Select(Browser.driver().findElement(By.id("country"))).selectByValue(country);
		}
		Select experts = new Select(Browser.driver().findElement(By.id("expertId")));
		WebElement option = experts.getOptions().stream().filter(o -> o.getText().startsWith(expert)).findFirst()
			.orElseThrow();
		experts.selectByValue(option.getAttribute("value"));
		// the round's page before already showed the notice of the previous proposal
		browser.clickToNavigate(By.id("propose-expert")).checkAccessibility();
		assertThat(Browser.driver().findElements(By.cssSelector(".flash, #error-summary"))).isNotEmpty();
	}

	private void agreeAll(String tableId) {
		while (!Browser.driver().findElements(By.cssSelector("#" + tableId + " button[id^=agree-]")).isEmpty()) {
			browser.clickAndWaitForFlash(
				Browser.driver().findElements(By.cssSelector("#" + tableId + " button[id^=agree-]")).get(0));
			browser.checkAccessibility();
		}
	}

	private String download(String url) throws Exception {
		return new String(browser.download(url), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
	}
}

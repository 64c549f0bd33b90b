package org.puente.home;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.puente.accounts.Accounts;
import org.puente.agreements.AgreementSummary;
import org.puente.agreements.Agreements;
import org.puente.browser.Browser;
import org.puente.browser.BrowserPages;
import org.puente.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role lands on its own home after signing in, and finds there what it has to do: a secretariat its minutes to
 * review, overdue agreements, upcoming meetings and open consultations; a focal point its actions and next meetings;
 * an observer what is new. Every page visited is checked with axe-core.
 */
@BrowserTest
class RoleHomeBrowserTests extends BrowserPages {

	@Autowired
	Agreements agreements;

	@Autowired
	Accounts accounts;

	@Test
	void aSecretariatFindsItsMinutesToReviewOverdueAgreementsMeetingsAndConsultations() throws Exception {
		String meeting = "Reunión de seguimiento de la hoja de ruta " + System.nanoTime();
		schedule(meeting, LocalDate.now().plusDays(1), "CRM");

		// the sign-in page puts the cursor in the user name
		browser.signOut().open("/login");
		assertThat(Browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("username");
		browser.signIn("st-crm");
		assertThat(browser.currentPath()).isEqualTo("/home");
		browser.checkAccessibility();
		assertThat(browser.text(By.id("panel-minutes-to-review"))).doesNotContain("Acta por revisar desde el inicio");

		// minutes uploaded and not yet confirmed wait on the home
		Path minutes = org.puente.agreements.TestMinutes.minutaFile("inicio de la secretaría");
		browser.open("/agreements/reviews");
		browser.attach("file", minutes);
		browser.type("meetingTitle", "Acta por revisar desde el inicio");
		browser.setValue("meetingDate", "2017-05-11");
		browser.clickToNavigate(By.cssSelector("form.form button[type=submit]"));
		assertThat(Browser.driver().findElements(By.cssSelector(".review-item"))).isNotEmpty();

		browser.clickToNavigate(By.linkText("Mi inicio")).checkAccessibility();
		assertThat(browser.text(By.id("panel-minutes-to-review"))).contains("Acta por revisar desde el inicio");
		assertThat(browser.text(By.id("panel-overdue-agreements"))).contains("Vencido").contains("Acuerdo");
		assertThat(browser.text(By.id("panel-upcoming-meetings"))).contains(meeting);
		// the demo's consultation of 2017 waits past its deadline under its own heading, not among the open ones
		assertThat(browser.text(By.id("panel-late-consultations"))).contains("Conceptos esenciales para el PMM")
			.contains("de 23 países respondieron");
		assertThat(browser.text(By.id("panel-open-consultations"))).doesNotContain("Conceptos esenciales para el PMM");
		assertThat(browser.text(By.cssSelector(".role-nav"))).contains("Actas por revisar").contains("Consultas")
			.doesNotContain("Mis acciones");
		browser.clickToNavigate(By.cssSelector("#panel-minutes-to-review li a"));
		assertThat(Browser.driver().findElements(By.cssSelector(".review-item"))).isNotEmpty();
		assertThat(browser.heading()).contains("Acta por revisar desde el inicio");
	}

	@Test
	void aFocalPointFindsItsActionsAndItsNextMeetings() throws Exception {
		var chile = accounts.byUsername("fp-chile").orElseThrow();
		var open = agreements.mine(chile).stream().filter(a -> a.status().isOpen()).toList();
		assertThat(open).isNotEmpty();
		String meeting = "Reunión de la CSM sobre retorno asistido " + System.nanoTime();
		// tomorrow, so that it is among the five next meetings whatever other tests scheduled later
		schedule(meeting, LocalDate.now().plusDays(1), "CSM");

		browser.signIn("fp-chile");
		assertThat(browser.currentPath()).isEqualTo("/home");
		browser.checkAccessibility();
		AgreementSummary first = open.get(0);
		assertThat(browser.text(By.id("panel-my-actions"))).contains("Acuerdo " + first.number() + ":");
		assertThat(browser.text(By.id("panel-upcoming-meetings"))).startsWith("Sus próximas reuniones")
			.contains(meeting);
		assertThat(browser.text(By.id("panel-questionnaires-to-answer"))).isNotBlank();
		assertThat(browser.text(By.cssSelector(".role-nav"))).contains("Mis acciones").doesNotContain("Actas por revisar");
		browser.clickToNavigate(By.linkText("Mis acciones")).checkAccessibility();
		assertThat(browser.currentPath()).startsWith("/agreements/mine");
		assertThat(browser.text(By.tagName("main"))).contains(first.number());
	}

	@Test
	void anObserverFindsWhatIsNewInTheirLanguage() throws Exception {
		String meeting = "Taller abierto sobre flujos mixtos " + System.nanoTime();
		// tomorrow, so that it heads the upcoming list whatever other tests scheduled later
		schedule(meeting, LocalDate.now().plusDays(1), "CRM");

		browser.signIn("observer-oim");
		assertThat(browser.currentPath()).isEqualTo("/home");
		browser.checkAccessibility();
		assertThat(browser.heading()).endsWith(": home");
		assertThat(browser.text(By.id("panel-recent-changes"))).startsWith("Recent changes").contains(meeting);
		// in the whole suite other classes' agreements may fill the panel's lines, so the demo's agreements need not be
		// among them; where they are, their meeting is named in English (CalendarTitleLanguageTests checks it per page)
		assertThat(browser.text(By.id("panel-latest-agreements"))).startsWith("Recent agreements")
			.contains("All agreements and how far they got").doesNotContain("Reunión de trabajo CRM–CSM en Panamá");
		assertThat(browser.text(By.id("panel-new-documents"))).isNotBlank();
		assertThat(browser.text(By.id("panel-upcoming-meetings"))).contains(meeting);
		assertThat(Browser.driver().findElements(By.id("panel-minutes-to-review"))).isEmpty();
		browser.open("/?lang=es");
	}

	/** A public meeting scheduled through the API by the conference's secretariat. */
	private void schedule(String title, LocalDate start, String process) throws Exception {
		String secretariat = process.equals("CRM") ? "st-crm" : "st-csm";
		String json = """
				{"titleEs": "%s", "kind": "WORKING_MEETING", "processes": ["%s"], "precision": "DAYS",
				 "startDate": "%s", "endDate": "%s", "status": "CONFIRMED", "visibility": "PUBLIC",
				 "city": "Santiago", "countryIso2": "CL", "participantCountries": ["CL", "PA"]}"""
			.formatted(title, process, start, start.plusDays(1));
		HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/meetings"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((secretariat + ":puente-demo-2017").getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
	}
}

package org.puente.consultations;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.puente.browser.Browser;
import org.puente.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two focal points of Panamá answer one questionnaire. A types without a connection; B saves the same answer
 * meanwhile (their own session); A reloads: A's words come back, and are saved with the version A typed them on, so
 * the server refuses them (409) and A sees B's answer beside theirs and chooses. B's answer is never replaced unseen.
 * With nobody saving in between, what comes back is saved at once.
 */
@BrowserTest
class RestoredAnswerConflictBrowserTests extends ConsultationBrowserPages {

	@Autowired
	Answering answering;

	@BeforeEach
	void aSecondFocalPointOfPanama() {
		// B: Panamá's second focal point, as an administrator makes one (AnswerConflictTests does it through the form)
		jdbc.update("""
				insert into account (id, username, email, display_name, password_hash, role, process_code, country_iso2, language)
				select gen_random_uuid(), 'fp-panama-b', 'fp.panama.b@demo.puente.example', 'Segundo punto focal de Panamá',
				       password_hash, role, process_code, country_iso2, language from account where username = 'fp-panama'
				on conflict do nothing""");
	}

	@Test
	void aRestoredAnswerAfterAColleaguesSaveShowsTheirsAndMineAndWaitsForTheChoice() {
		var answer = answerAs("fp-panama");
		browser.typeAndWaitForSwap(answer.id(), "Retorno digno");
		typeOffline(answer, " y seguro");
		saveAsColleague(answer, "Retorno según la colega");

		Browser.driver().navigate().refresh();
		browser.waitForText(By.cssSelector(".keep-typed-note"), "Recuperamos texto que no se había guardado");
		assertThat(value(answer.id())).isEqualTo("Retorno digno y seguro");
		browser.waitForText(answer.status(), "Segundo punto focal de Panamá");
		List<String> versions = Browser.driver().findElements(By.cssSelector("#status-" + answer.questionId() + " blockquote"))
			.stream().map(quote -> quote.getText()).toList();
		assertThat(versions).containsExactly("Retorno según la colega", "Retorno digno y seguro");
		assertThat(stored(answer)).as("B's answer stays until A chooses").isEqualTo("Retorno según la colega");
		assertThat(copies()).as("A's words are not saved yet").isEqualTo(1);
		browser.checkAccessibility();

		// A chooses their own: saved over B's (the version shown), and the copy goes
		browser.click(By.cssSelector("#status-" + answer.questionId() + " .conflict-choices button[data-hx-post]"));
		browser.waitForText(answer.status(), "Guardado a las");
		assertThat(stored(answer)).isEqualTo("Retorno digno y seguro");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(copies()).isZero());
	}

	@Test
	void aFirstAnswerRestoredWithNobodySavingInBetweenIsSavedAtOnce() {
		var answer = answerAs("fp-panama");
		typeOffline(answer, "Retorno voluntario");

		Browser.driver().navigate().refresh();
		browser.waitForText(By.cssSelector(".keep-typed-note"), "Recuperamos texto que no se había guardado");
		browser.waitForText(answer.status(), "Guardado a las");
		assertThat(stored(answer)).isEqualTo("Retorno voluntario");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(copies()).isZero());
	}

	@Test
	void aFirstAnswerRestoredAfterAColleaguesFirstAnswerIsAConflict() {
		var answer = answerAs("fp-panama");
		typeOffline(answer, "Retorno voluntario");
		saveAsColleague(answer, "Retorno asistido");

		Browser.driver().navigate().refresh();
		assertThat(value(answer.id())).isEqualTo("Retorno voluntario");
		browser.waitForText(answer.status(), "Segundo punto focal de Panamá");
		assertThat(stored(answer)).isEqualTo("Retorno asistido");
	}

	/** A types with no connection: not saved, kept in the browser. */
	private void typeOffline(SentConsultations.AnswerField answer, String text) {
		browser.offline(() -> {
			answer.element().sendKeys(text);
			browser.waitForText(By.id("autosave-notice"), "No hay conexión");
		});
	}

	/** B's autosave, in B's own session: from the version B's page holds (the latest). */
	private void saveAsColleague(SentConsultations.AnswerField answer, String text) {
		var b = users.loadUserByUsername("fp-panama-b");
		SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(b, null, b.getAuthorities()));
		try {
			UUID question = UUID.fromString(answer.questionId());
			List<Long> current = jdbc.queryForList("select version from consultation_answer where question_id = ?::uuid",
					Long.class, answer.questionId());
			answering.save(consultation, question, new Answering.AnswerInput("es", text, List.of(), null,
					current.isEmpty() ? null : current.get(0)));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private long copies() {
		return (Long) ((JavascriptExecutor) Browser.driver()).executeScript(
				"return Object.keys(localStorage).filter(function (k) { return k.indexOf('puente.keep.fp-panama|') === 0; }).length");
	}

	private static String value(String id) {
		return Browser.driver().findElement(By.id(id)).getAttribute("value");
	}
}

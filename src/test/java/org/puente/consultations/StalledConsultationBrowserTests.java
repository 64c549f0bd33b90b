package org.puente.consultations;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.puente.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consultation past its deadline that refuses late answers, not closed: on the secretariat's home under its own
 * heading, with who has not answered, and on the focal point's (in Portuguese) saying the deadline passed; the
 * secretariat follows the line to the consultation, to close it. axe-core on both homes.
 */
@BrowserTest
class StalledConsultationBrowserTests extends ConsultationBrowserPages {

	@Test
	void bothHomesShowAPastDeadlineConsultationThatRefusesLateAnswers() {
		UUID id = SentConsultations.one(management, users);
		// sent with a deadline to come, then moved back: a deadline in the past is refused on creation
		jdbc.update("update consultation set deadline = date '2020-03-10', late_policy = 'REFUSE_LATE' where id = ?", id);
		String title = management.find(id).title(Locale.forLanguageTag("es"));

		browser.signInAndOpen("st-crm", "/home?lang=es");
		assertThat(browser.text(By.id("panel-stalled-consultations"))).contains("consultas por cerrar").contains(title)
			.contains("Plazo vencido").contains("países respondieron").contains("Panamá");
		browser.clickToNavigate(By.linkText(title)).checkAccessibility();
		assertThat(browser.currentPath()).isEqualTo("/consultations/" + id);

		browser.signInAndOpen("fp-panama", "/home?lang=pt");
		assertThat(browser.text(By.id("panel-questionnaires-to-answer"))).contains("Prazo vencido")
			.contains("já não se aceitam respostas");
		browser.open("/home?lang=es");
	}
}

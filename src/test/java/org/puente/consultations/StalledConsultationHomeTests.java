package org.puente.consultations;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.web.HtmlValidityTests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A consultation past its deadline that refuses late answers and that nobody closed used to stand in no home panel:
 * the secretariat sees it under its own heading with who did not answer, the focal point whose country did not answer
 * sees that the deadline passed; once closed it leaves both.
 */
@org.puente.PuenteTest
class StalledConsultationHomeTests extends ConsultationTestSupport {

	@Test
	void aPastDeadlineConsultationRefusingLateAnswersShowsOnBothHomesUntilClosed() throws Exception {
		UUID id = sendConsultation("CRM", LocalDate.of(2020, 3, 10), "REFUSE_LATE");
		String title = management.find(id).title(Locale.forLanguageTag("es"));
		int countries = management.responses(id).size();

		String secretariat = home("st-crm", "es");
		assertThat(panel(secretariat, "stalled-consultations"))
			.contains("Plazo vencido y sin respuestas tardías: consultas por cerrar", title, "Plazo vencido",
					"0 de " + countries + " países respondieron", "el plazo venció el 10 mar 2020",
					"faltan " + countries + " países", "Belice, Canadá, Costa Rica", "Panamá")
			.contains("href=\"/consultations/" + id + "\"");
		assertThat(panel(secretariat, "open-consultations")).doesNotContain(title);
		assertThat(panel(secretariat, "late-consultations")).doesNotContain(title);
		HtmlValidityTests.validPage("/home of st-crm", secretariat);

		assertThat(panel(home("fp-panama", "pt"), "questionnaires-to-answer"))
			.contains(management.find(id).title(Locale.forLanguageTag("pt")), "Prazo vencido",
					"O prazo venceu em " + org.springframework.web.util.HtmlUtils.htmlEscape(org.puente.i18n.Deadline
						.shown(LocalDate.of(2020, 3, 10), Locale.forLanguageTag("pt")), "UTF-8"),
					"já não se aceitam respostas");
		assertThat(panel(home("fp-panama", "fr"), "questionnaires-to-answer"))
			.contains("Échéance passée", "les réponses ne sont plus acceptées");

		mvc.perform(post("/consultations/{id}/close", id).with(as("st-crm")).with(csrf())
			.param("version", String.valueOf(management.find(id).getVersion()))).andExpect(status().is3xxRedirection());
		assertThat(panel(home("st-crm", "es"), "stalled-consultations")).doesNotContain(title);
		assertThat(panel(home("fp-panama", "es"), "questionnaires-to-answer")).doesNotContain(title);
	}

	private String home(String who, String language) throws Exception {
		return mvc.perform(get("/home").with(as(who)).header("Accept-Language", language)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}

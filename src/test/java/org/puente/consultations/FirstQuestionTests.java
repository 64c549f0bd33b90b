package org.puente.consultations;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.web.HtmlValidityTests;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A two-question questionnaire needs no section title invented first (walk-through of the late evening #15): the
 * first question goes in a section titled "Preguntas", "Questions"… in each reader's language; after it, a new
 * section still needs its title, as a secretariat names the parts of a longer questionnaire.
 */
@PuenteTest
class FirstQuestionTests extends WebTestSupport {

	@Autowired
	ConsultationManagement management;

	@Test
	void theFirstQuestionGoesInADefaultSectionTitledInEachLanguage() throws Exception {
		UUID draft = UUID.fromString(mvc.perform(post("/consultations").with(as("st-crm")).with(csrf())
			.param("title.es", "Dos preguntas").param("processes", "CRM").param("deadline", "2030-01-01"))
			.andReturn().getResponse().getRedirectedUrl().substring("/consultations/".length()));
		String form = mvc.perform(get("/consultations/{id}", draft).with(as("st-crm")).header("Accept-Language", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).contains("For the first question you may leave it empty");
		HtmlValidityTests.validPage("/consultations/{id} without questions", form);

		mvc.perform(post("/consultations/{id}/questions", draft).with(as("st-crm")).with(csrf())
			.param("kind", "FREE_TEXT").param("prompt.es", "¿Qué programas de retorno tiene su país?"))
			.andExpect(status().is3xxRedirection());
		ConsultationView view = management.view(draft);
		assertThat(view.sections()).hasSize(1);
		ConsultationSection section = view.sections().get(0).section();
		assertThat(section.title(Locale.forLanguageTag("es"))).isEqualTo("Preguntas");
		assertThat(section.title(Locale.forLanguageTag("en"))).isEqualTo("Questions");
		assertThat(section.title(Locale.forLanguageTag("pt"))).isEqualTo("Perguntas");
		assertThat(section.title(Locale.forLanguageTag("fr"))).isEqualTo("Questions");
		mvc.perform(get("/consultations/{id}", draft).with(as("st-crm")).header("Accept-Language", "pt"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("1. Perguntas")))
			.andExpect(content().string(org.hamcrest.Matchers.not(
					org.hamcrest.Matchers.containsString("Para a primeira pergunta pode deixá-lo vazio"))));

		// the second goes in that section when chosen; a new section needs its title
		mvc.perform(post("/consultations/{id}/questions", draft).with(as("st-crm")).with(csrf())
			.param("sectionId", section.getId().toString()).param("kind", "FREE_TEXT").param("prompt.es", "¿Y cuáles?"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/consultations/{id}/questions", draft).with(as("st-crm")).with(csrf())
			.param("kind", "FREE_TEXT").param("prompt.es", "¿Otra sección?"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Elija una sección o escriba el título")));
		assertThat(management.view(draft).questions()).hasSize(2);
	}
}

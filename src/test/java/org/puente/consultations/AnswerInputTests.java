package org.puente.consultations;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.PageContent.holds;
import static org.puente.PageContent.lacks;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A scale's answer that is not a whole number from 1 to 5 (typed by hand, or sent by a script): the autosave says so on
 * the question's status line, the submit shows the form again with the reason and keeps the other answers typed.
 */
@PuenteTest
@AutoConfigureMockMvc
class AnswerInputTests extends ConsultationTestSupport {

	UUID consultation;

	UUID term;

	UUID text;

	UUID scale;

	@BeforeEach
	void sendOneWithAScale() throws Exception {
		consultation = sendConsultation("CRM", LocalDate.now().plusDays(10), "REFUSE_LATE", "FREE_TEXT", "SCALE");
		term = question(QuestionKind.TERM_DEFINITION);
		text = question(QuestionKind.FREE_TEXT);
		scale = question(QuestionKind.SCALE);
	}

	UUID question(QuestionKind kind) {
		return management.view(consultation).questions().stream().filter(q -> q.getKind() == kind).findFirst()
			.orElseThrow().getId();
	}

	MockHttpServletRequestBuilder autosave(String value) {
		return post("/consultations/{id}/answer/{q}", consultation, scale).with(as("fp-panama")).with(csrf())
			.header("HX-Request", "true").param("language", "es").param("scale-" + scale, value)
			.param("version-" + scale, "");
	}

	@Test
	void anAutosaveOfAScaleThatIsNotOneToFiveSaysSoOnItsStatusLine() throws Exception {
		for (String typed : new String[] { "abc", "9", "2.5" }) {
			mvc.perform(autosave(typed).header("Accept-Language", "en"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(holds("data-autosave-result", "Choose a value between 1 and 5."))
				.andExpect(lacks("<html"));
		}
		mvc.perform(autosave("4")).andExpect(status().isOk()).andExpect(holds("Guardado a las"));
	}

	@Test
	void aSubmitWithAnUnreadableScaleShowsTheFormAgainKeepingTheOtherAnswers() throws Exception {
		mvc.perform(post("/consultations/{id}/submit", consultation).with(as("fp-panama")).with(csrf())
			.param("language", "es")
			.param("text-" + term, "Definición tecleada antes de enviar").param("version-" + term, "")
			.param("text-" + text, "Comentario libre tecleado").param("version-" + text, "")
			.param("scale-" + scale, "abc").param("version-" + scale, ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("id=\"answer-form\"", "Elija un valor entre 1 y 5.", "href=\"#q-" + scale + "\"",
					"Definición tecleada antes de enviar", "Comentario libre tecleado"));
		assertThat(responses.findByConsultationIdAndCountryIso2(consultation, "PA").orElseThrow().isSubmitted())
			.isFalse();
		assertThat(jdbc.queryForObject("""
				select count(*) from consultation_answer a join consultation_response r on r.id = a.response_id
				where r.consultation_id = ? and r.country_iso2 = 'PA' and a.scale_value is not null""", Integer.class,
				consultation)).isZero();
	}
}

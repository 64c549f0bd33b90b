package org.puente.consultations;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.PageContent.holds;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two focal points of one country answer the same question: the one whose autosave comes second is told, in their
 * language, that a colleague saved a different answer, and shown it, with what they typed kept in the field; typing on
 * does not overwrite the colleague's answer (before, the refusal handed the field the colleague's version, so the next
 * keystroke's autosave replaced their answer unseen); only "save mine instead" does, and only the version shown.
 */
@PuenteTest
class AnswerConflictTests extends ConsultationTestSupport {

	/** The version an autosave answer gives the field (out of band), as the browser then sends it. */
	private static final Pattern VERSION = Pattern.compile("name=\"version-[0-9a-f-]+\"\\s+value=\"(\\d+)\"");

	UUID consultation;

	UUID question;

	@BeforeEach
	void aSecondFocalPointOfPanama() throws Exception {
		if (jdbc.queryForObject("select count(*) from account where username = 'fp-panama-dos'", Integer.class) == 0) {
			mvc.perform(post("/admin/accounts").with(as("admin")).with(csrf()).param("username", "fp-panama-dos")
				.param("email", "fp.panama.dos@demo.puente.example").param("displayName", "Segunda punto focal de Panamá")
				.param("role", "FOCAL_POINT").param("processCode", "CRM").param("countryIso2", "PA")
				.param("language", "es").param("password", "a-long-password-1"))
				.andExpect(status().is3xxRedirection());
		}
		consultation = sendConsultation("CRM", LocalDate.now().plusDays(10), "REFUSE_LATE", "FREE_TEXT");
		question = management.view(consultation).questions().stream()
			.filter(q -> q.getKind() == QuestionKind.FREE_TEXT).findFirst().orElseThrow().getId();
	}

	MockHttpServletRequestBuilder autosave(String who, String text, String version) {
		return post("/consultations/{id}/answer/{q}", consultation, question).with(as(who)).with(csrf())
			.header("HX-Request", "true").param("language", "es").param("text-" + question, text)
			.param("version-" + question, version);
	}

	String storedText() {
		return jdbc.queryForObject("""
				select a.text_value from consultation_answer a join consultation_response r on r.id = a.response_id
				where r.consultation_id = ? and a.question_id = ?""", String.class, consultation, question);
	}

	/** The version the field holds after this answer: the one handed out of band, else the one it had. */
	static String versionAfter(String answer, String before) {
		Matcher handed = VERSION.matcher(answer);
		return handed.find() ? handed.group(1) : before;
	}

	@Test
	void typingOnAfterAColleaguesSaveNeverOverwritesItUnlessChosen() throws Exception {
		String mine = versionAfter(mvc.perform(autosave("fp-panama", "Respuesta de A", ""))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "");
		mvc.perform(autosave("fp-panama-dos", "Respuesta de B", mine)).andExpect(status().isOk());
		String theirs = String.valueOf(Long.parseLong(mine) + 1);

		String refused = mvc.perform(autosave("fp-panama", "Respuesta de A, segunda frase", mine)
			.header("Accept-Language", "en"))
			.andExpect(status().isConflict())
			.andExpect(holds("data-autosave-result", "Another focal point of your country (Segunda punto focal de Panamá)",
					"Respuesta de B", "Respuesta de A, segunda frase", "Save what I typed instead of their version",
					"Put their version in the field", "name=\"conflictVersion-" + question + "\" value=\"" + theirs + "\""))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String held = versionAfter(refused, mine);
		assertThat(held).isEqualTo(mine);

		// A types on: the autosave carries what the page holds, and B's answer stays
		mvc.perform(autosave("fp-panama", "Respuesta de A, tercera frase", held)
			.param("conflictVersion-" + question, theirs))
			.andExpect(status().isConflict())
			.andExpect(holds("Respuesta de B", "Respuesta de A, tercera frase"));
		assertThat(storedText()).isEqualTo("Respuesta de B");

		// A chooses theirs over B's: saved, against the version A was shown
		mvc.perform(autosave("fp-panama", "Respuesta de A, tercera frase", held)
			.param("conflictVersion-" + question, theirs).param("keepMine-" + question, "true"))
			.andExpect(status().isOk())
			.andExpect(holds("Guardado a las"));
		assertThat(storedText()).isEqualTo("Respuesta de A, tercera frase");
	}

	@Test
	void aSubmitOvertakenKeepsWhatWasTypedFromItsOwnVersion() throws Exception {
		String mine = versionAfter(mvc.perform(autosave("fp-panama", "Respuesta de A", ""))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "");
		mvc.perform(autosave("fp-panama-dos", "Respuesta de B", mine)).andExpect(status().isOk());
		mvc.perform(post("/consultations/{id}/submit", consultation).with(as("fp-panama")).with(csrf())
			.param("language", "es").param("text-" + question, "Respuesta final de A").param("version-" + question, mine))
			.andExpect(status().isConflict())
			.andExpect(holds("id=\"conflict-title\"", ">Respuesta final de A</textarea>",
					"name=\"version-" + question + "\" value=\"" + mine + "\"", "Respuesta de B",
					"Guardar lo que escribí en lugar de su versión"));
		assertThat(storedText()).isEqualTo("Respuesta de B");
	}
}

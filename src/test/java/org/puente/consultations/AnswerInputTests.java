package org.puente.consultations;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.puente.PageContent.holds;
import static org.puente.PageContent.lacks;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An answer that cannot be saved — a scale's answer that is not a whole number from 1 to 5, a text longer than the
 * limit, a choice not among the question's options or several on a single choice (typed by hand, or sent by a
 * script): the autosave says so on the question's status line, the submit shows the form again with the reason and
 * keeps the other answers typed.
 */
@PuenteTest
class AnswerInputTests extends ConsultationTestSupport {

	UUID consultation;

	UUID term;

	UUID text;

	UUID scale;

	UUID choice;

	@BeforeEach
	void sendOneWithAScale() throws Exception {
		consultation = sendConsultation("CRM", LocalDate.now().plusDays(10), "REFUSE_LATE", "FREE_TEXT", "SCALE",
				"SINGLE_CHOICE", "FILE");
		term = question(QuestionKind.TERM_DEFINITION);
		text = question(QuestionKind.FREE_TEXT);
		scale = question(QuestionKind.SCALE);
		choice = question(QuestionKind.SINGLE_CHOICE);
	}

	UUID question(QuestionKind kind) {
		return management.view(consultation).questions().stream().filter(q -> q.getKind() == kind).findFirst()
			.orElseThrow().getId();
	}

	MockHttpServletRequestBuilder autosave(String value) {
		return autosave(scale, "scale-", value);
	}

	MockHttpServletRequestBuilder autosave(UUID question, String field, String... values) {
		return post("/consultations/{id}/answer/{q}", consultation, question).with(as("fp-panama")).with(csrf())
			.header("HX-Request", "true").param("language", "es").param(field + question, values)
			.param("version-" + question, "");
	}

	/** The submit of the whole form, with the answers typed (field and value, one after the other) and no versions. */
	MockHttpServletRequestBuilder submit(String... typed) {
		MockHttpServletRequestBuilder submit = post("/consultations/{id}/submit", consultation).with(as("fp-panama"))
			.with(csrf()).param("language", "es");
		for (int i = 0; i < typed.length; i += 2) {
			submit.param(typed[i], typed[i + 1]);
			submit.param("version-" + typed[i].substring(typed[i].indexOf('-') + 1), "");
		}
		return submit;
	}

	/** The country's answers stored for the consultation, submitted or not, that hold {@code column}. */
	int stored(String column) {
		return jdbc.queryForObject("select count(*) from consultation_answer a join consultation_response r"
				+ " on r.id = a.response_id where r.consultation_id = ? and r.country_iso2 = 'PA' and a." + column
				+ " is not null", Integer.class, consultation);
	}

	boolean submitted() {
		return responses.findByConsultationIdAndCountryIso2(consultation, "PA").orElseThrow().isSubmitted();
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

	/** Who saved an answer is the person's name, not the account's (walk-through of the evening #12). */
	@Test
	void thePageSaysWhoSavedAnAnswerByTheirNameNotTheirAccount() throws Exception {
		mvc.perform(autosave("4")).andExpect(status().isOk());
		mvc.perform(get("/consultations/{id}/answer", consultation).with(as("fp-panama")))
			.andExpect(status().isOk())
			.andExpect(holds("Guardado por Punto focal de Panamá el"))
			.andExpect(lacks("Guardado por fp-panama"));
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

	/**
	 * A script that asks for JSON gets the answers to fix, each on the field its question is sent in, and someone
	 * else's earlier save as a 409, both as problem reports rather than the form or the status line.
	 */
	@Test
	void aScriptGetsTheAnswersToFixAndAConflictAsProblemReports() throws Exception {
		mvc.perform(submit("text-" + term, "Definición", "scale-" + scale, "abc").header("Accept-Language", "en")
			.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("scale-" + scale))
			.andExpect(jsonPath("$.errors[0].message").value("Choose a value between 1 and 5."));
		mvc.perform(submit("text-" + text, "x".repeat(Answering.MAX_TEXT + 1))
			.header("Accept-Language", "en").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.field == 'text-" + text + "')].code")
				.value("consultations.submit.tooLong"))
			.andExpect(jsonPath("$.errors[?(@.field == 'text-" + text + "')].message")
				.value("The answer is longer than 10,000 characters."));
		assertThat(submitted()).isFalse();
		mvc.perform(autosave("4")).andExpect(status().isOk());
		mvc.perform(autosave("3").header("Accept-Language", "en").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Someone else changed this answer while you were typing."));
		mvc.perform(submit("text-" + term, "Definición", "scale-" + scale, "2").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("consultations.answer.conflictHere"));
		// a browser still gets the status line with both versions, and the form with the question marked
		mvc.perform(autosave("3").header("Accept-Language", "en"))
			.andExpect(status().isConflict())
			.andExpect(holds("data-autosave-result", "saved a different version while you were typing"))
			.andExpect(lacks("<html"));
		mvc.perform(submit("text-" + term, "Definición", "scale-" + scale, "2"))
			.andExpect(status().isConflict())
			.andExpect(holds("id=\"conflict-title\"", "href=\"#q-" + scale + "\""));
		assertThat(submitted()).isFalse();
	}

	@Test
	void anAutosaveOfATooLongTextOrAnUnknownChoiceSaysSoOnItsStatusLine() throws Exception {
		mvc.perform(autosave(text, "text-", "x".repeat(Answering.MAX_TEXT + 1)).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("data-autosave-result", "The answer has 10,001 characters and the maximum is 10,000."))
			.andExpect(lacks("<html"));
		for (String[] chosen : new String[][] { { "Quizás" }, { "Sí", "No" } }) {
			mvc.perform(autosave(choice, "answer-", chosen).header("Accept-Language", "en"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(holds("data-autosave-result", "Choose one of the options offered."))
				.andExpect(lacks("<html"));
		}
		assertThat(stored("id")).isZero();
	}

	@Test
	void aSubmitWithATooLongTextShowsTheFormAgainWithWhatWasTyped() throws Exception {
		String tooLong = "Comentario demasiado largo ".repeat(400);
		mvc.perform(submit("text-" + term, "Definición tecleada antes de enviar", "text-" + text, tooLong,
				"scale-" + scale, "4", "answer-" + choice, "No"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("id=\"answer-form\"", "La respuesta supera los", "href=\"#q-" + text + "\"",
					"Definición tecleada antes de enviar", tooLong,
					// the answer page's own address, for the bar (puente.js): a reload reads the page, not sends again
					"data-address=\"/consultations/" + consultation + "/answer\""));
		assertThat(submitted()).isFalse();
		assertThat(stored("text_value")).isOne();
		assertThat(stored("scale_value")).isOne();
	}

	@Test
	void aSubmitWithAnUnknownChoiceShowsTheFormAgainKeepingTheOtherAnswers() throws Exception {
		for (String[] chosen : new String[][] { { "Quizás" }, { "Sí", "No" } }) {
			MockHttpServletRequestBuilder submit = submit("text-" + term, "Definición tecleada antes de enviar",
					"scale-" + scale, "2", "text-" + text, "Comentario libre tecleado");
			mvc.perform(submit.param("answer-" + choice, chosen).param("version-" + choice, ""))
				.andExpect(status().isUnprocessableContent())
				.andExpect(holds("id=\"answer-form\"", "Elija una de las opciones ofrecidas.",
						"href=\"#q-" + choice + "\"", "Definición tecleada antes de enviar",
						"Comentario libre tecleado"));
		}
		assertThat(submitted()).isFalse();
		assertThat(stored("scale_value")).isOne();
		assertThat(jdbc.queryForObject("select count(*) from consultation_answer where question_id = ?",
				Integer.class, choice)).isZero();
	}

	@Test
	void anEmptyFileUploadedShowsTheFormAgainWithTheReasonOnItsQuestion() throws Exception {
		refusedUpload("informe.pdf", "El archivo está vacío o supera 20 MB.");
	}

	@Test
	void sendingTheFileQuestionWithoutChoosingAFileAsksForOne() throws Exception {
		// walk-through of 4 December evening #5: "the file is empty or larger than 20 MB" for no file at all
		refusedUpload("", "Elija primero el archivo que quiere enviar.");
	}

	@Test
	void aProgramOrAScriptIsRefusedByWhatItIsWhateverItsName() throws Exception {
		// walk-through of 4 December evening #6: an .exe (MZ header) was "saved" and passed on to the secretariat
		mvc.perform(autosave(text, "text-", "Lo escrito antes del archivo")).andExpect(status().isOk());
		byte[] exe = "MZ\u0090\0\3\0\0\0\4\0\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		refusedUpload("informe.exe", exe, "«informe.exe» es un programa o un script (application/x-msdownload)",
				"Lo escrito antes del archivo");
		refusedUpload("informe.pdf", "#!/bin/sh\nrm -rf ~\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
				"«informe.pdf» es un programa o un script (application/x-sh)", "Lo escrito antes del archivo");
	}

	/** Sends an empty file under {@code fileName} ("" when none was chosen): refused with {@code reason}. */
	private void refusedUpload(String fileName, String reason) throws Exception {
		refusedUpload(fileName, new byte[0], reason);
	}

	/** Sends {@code content} under {@code fileName}: refused, the form again holding each of {@code shown}. */
	private void refusedUpload(String fileName, byte[] content, String... shown) throws Exception {
		UUID file = question(QuestionKind.FILE);
		mvc.perform(multipart("/consultations/{id}/answer/{q}/file", consultation, file)
			.file(new MockMultipartFile("file", fileName, "application/pdf", content))
			.with(as("fp-panama")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("id=\"answer-form\"", "href=\"#q-" + file + "\""))
			.andExpect(holds(shown))
			.andExpect(lacks("class=\"error-page\""));
		assertThat(stored("file_name")).isZero();
	}

	@Test
	void anAutosaveOnItsWayShowsThatItIsSaving() throws Exception {
		// walk-through of 4 December evening #8: on a slow connection the status said "saved" for the older text
		mvc.perform(get("/consultations/{id}/answer", consultation).with(as("fp-panama")))
			.andExpect(holds("data-hx-indicator=\"#saving-" + text + "\"", "data-hx-indicator=\"#saving-" + scale + "\"",
					"<span class=\"htmx-indicator saving\" id=\"saving-" + text + "\">Guardando…</span>"));
	}
}

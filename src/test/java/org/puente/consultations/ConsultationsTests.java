package org.puente.consultations;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A secretariat sends a consultation and focal points answer it over HTTP, with every refusal the issue lists. */
@PuenteTest
class ConsultationsTests extends ConsultationTestSupport {

	UUID consultation;

	UUID question;

	static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@BeforeEach
	void sendOne() throws Exception {
		consultation = sendConsultation("CRM", LocalDate.now().plusDays(10), "REFUSE_LATE");
		question = firstQuestion(consultation);
	}

	MvcResult autosave(String username, UUID q, UUID qid, String text, String version) throws Exception {
		return mvc.perform(post("/consultations/{id}/answer/{q}", q, qid).with(as(username)).with(csrf())
			.header("HX-Request", "true")
			.param("language", "es")
			.param("text-" + qid, text)
			.param("version-" + qid, version)).andReturn();
	}

	@Test
	void savesADraftAndSaysWhen() throws Exception {
		MvcResult saved = autosave("fp-panama", consultation, question, "Retorno voluntario con apoyo del Estado.", "");
		assertThat(saved.getResponse().getStatus()).isEqualTo(200);
		assertThat(saved.getResponse().getContentAsString()).contains("Guardado a las").contains("hx-swap-oob");
		mvc.perform(get("/consultations/{id}/answer", consultation).with(as("fp-panama")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Retorno voluntario con apoyo del Estado.")));
	}

	@Test
	void refusesAnAnswerFromACountryTheConsultationWasNotSentTo() throws Exception {
		MvcResult refused = autosave("fp-chile", consultation, question, "Definición de Chile", "");
		assertThat(refused.getResponse().getStatus()).isEqualTo(403);
		assertThat(refused.getResponse().getContentAsString()).contains("no se envió a Chile");
		mvc.perform(get("/consultations/{id}/answer", consultation).with(as("fp-chile")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("no se envió a Chile")));
	}

	@Test
	void showsBothVersionsWhenTwoFocalPointsOfOneCountrySaveAtOnce() throws Exception {
		autosave("fp-panama", consultation, question, "Primera versión", "");
		String version = "0"; // both opened the form after the first save
		MvcResult first = autosave("fp-panama", consultation, question, "Versión de la colega", version);
		assertThat(first.getResponse().getStatus()).isEqualTo(200);
		MvcResult second = autosave("fp-panama", consultation, question, "Mi versión", version);
		assertThat(second.getResponse().getStatus()).isEqualTo(409);
		assertThat(second.getResponse().getContentAsString()).contains("Versión de la colega").contains("Mi versión");
		mvc.perform(get("/consultations/{id}/answer", consultation).with(as("fp-panama")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Versión de la colega")));
	}

	@Test
	void refusesAnEmptyDefinitionOnSubmitAndAHugeOneOnSave() throws Exception {
		mvc.perform(post("/consultations/{id}/submit", consultation).with(as("fp-panama")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("no puede quedar vacía")));
		MvcResult huge = autosave("fp-panama", consultation, question, "a".repeat(10_001), "");
		assertThat(huge.getResponse().getStatus()).isEqualTo(422);
		assertThat(huge.getResponse().getContentAsString()).contains("10.001 caracteres");
	}

	@Test
	void refusesOrAcceptsLateAnswersAsTheConsultationSays() throws Exception {
		UUID refusing = sendConsultation("CRM", LocalDate.now().minusDays(3), "REFUSE_LATE");
		UUID refusingQuestion = firstQuestion(refusing);
		MvcResult refused = autosave("fp-panama", refusing, refusingQuestion, "Tarde", "");
		assertThat(refused.getResponse().getStatus()).isEqualTo(403);
		assertThat(refused.getResponse().getContentAsString()).contains("no acepta respuestas fuera de plazo");

		UUID accepting = sendConsultation("CRM", LocalDate.now().minusDays(3), "ACCEPT_LATE");
		UUID acceptingQuestion = firstQuestion(accepting);
		assertThat(autosave("fp-panama", accepting, acceptingQuestion, "Tarde pero aceptada", "").getResponse()
			.getStatus()).isEqualTo(200);
		mvc.perform(post("/consultations/{id}/submit", accepting).with(as("fp-panama")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(responses.findByConsultationIdAndCountryIso2(accepting, "PA").orElseThrow().isLate()).isTrue();
	}

	@Test
	void compilesSubmittedAnswersAsCsvXlsxAndPdf() throws Exception {
		autosave("fp-panama", consultation, question, "Retorno con acompañamiento, \"digno\" y seguro.", "");
		mvc.perform(post("/consultations/{id}/submit", consultation).with(as("fp-panama")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String csv = mvc.perform(get("/consultations/{id}/answers.csv", consultation).with(as("st-crm")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("PA,Panamá").contains("\"Retorno con acompañamiento, \"\"digno\"\" y seguro.\"");
		byte[] xlsx = mvc.perform(get("/consultations/{id}/answers.xlsx", consultation).with(as("st-crm")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(7).getStringCellValue()).startsWith("Retorno con");
		}
		byte[] pdf = mvc.perform(get("/consultations/{id}/report.pdf", consultation).with(as("st-crm")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		mvc.perform(get("/consultations/{id}/answers.csv", consultation).with(as("fp-panama")))
			.andExpect(status().isForbidden());
	}

	@Test
	void remindsCountriesThatHaveNotAnsweredInTheirLanguageAndReopensAnAnswer() throws Exception {
		greenMail.reset();
		mvc.perform(post("/consultations/{id}/remind", consultation).with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		noticesSent(consultation);
		// only the questionnaires' mails: another module's notice of an earlier test may still arrive meanwhile
		List<MimeMessage> mails = java.util.Arrays.stream(greenMail.getReceivedMessages())
			.filter(m -> subject(m).contains("Cuestionario de prueba")).toList();
		assertThat(mails).isNotEmpty().extracting(ConsultationsTests::subject).allMatch(s -> s.startsWith("Recordatorio:"));
		// each says why it was sent and stops consultation notices in one click (RFC 8058)
		assertThat(mails).allSatisfy(m -> assertThat(TestMail.unsubscribePath(m)).startsWith("/unsubscribe/consultation-notices/"))
			.allSatisfy(m -> assertThat(TestMail.textPart(m)).contains("es punto focal de un país al que se dirige la consulta"));
		// ... in the last lines, as every other notice: right after the address to answer, not after a signature
		// (the "Puente" the consultation mails alone ended with stood above the reason)
		assertThat(mails).allSatisfy(m -> assertThat(TestMail.textPart(m).replace("\r\n", "\n").strip())
			.containsPattern("/answer\n\nRecibe este correo porque")
			.endsWith("con la opción «darse de baja» de su programa de correo.")
			.doesNotContain("\n\nPuente\n"));
		assertThat(mails).anyMatch(m -> {
			try {
				return m.getAllRecipients()[0].toString().contains("panama");
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		});

		autosave("fp-panama", consultation, question, "Definición enviada", "");
		mvc.perform(post("/consultations/{id}/submit", consultation).with(as("fp-panama")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(autosave("fp-panama", consultation, question, "Cambio", "1").getResponse().getStatus()).isEqualTo(409);
		String page = mvc.perform(get("/consultations/{id}/responses/PA", consultation).with(as("st-crm")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("<title>Respuesta de Panamá: ").contains("<h1>Respuesta de Panamá</h1>");
		mvc.perform(post("/consultations/{id}/responses/PA/reopen", consultation).with(as("st-csm")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/consultations/{id}/responses/PA/reopen", consultation).with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(responses.findByConsultationIdAndCountryIso2(consultation, "PA").orElseThrow().getStatus())
			.isEqualTo(ResponseStatus.DRAFT);
	}

	@Test
	void refusesAnUntitledConsultationAndATermQuestionWithoutItsTermKeepingWhatWasTyped() throws Exception {
		mvc.perform(post("/consultations").with(as("st-crm")).with(csrf())
			.param("intro.es", "Introduccion escrita por la ST")
			.param("processes", "CRM")
			.param("deadline", "2030-01-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Escriba el título en al menos un idioma")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Introduccion escrita por la ST")));
		UUID draft = UUID.fromString(mvc.perform(post("/consultations").with(as("st-crm")).with(csrf())
			.param("title.en", "Draft in English only").param("processes", "CSM").param("deadline", "2030-01-01"))
			.andReturn().getResponse().getRedirectedUrl().substring("/consultations/".length()));
		mvc.perform(post("/consultations/{id}/questions", draft).with(as("st-crm")).with(csrf())
			.param("sectionTitle.es", "Conceptos").param("kind", "TERM_DEFINITION").param("prompt.es", "Defina"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Escriba el término a definir")));
		mvc.perform(post("/consultations/{id}/questions", draft).with(as("st-crm")).with(csrf())
			.param("sectionTitle.es", "Prioridades").param("kind", "SINGLE_CHOICE").param("prompt.es", "Elija")
			.param("options", "Una sola"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("al menos dos opciones")));
		mvc.perform(post("/consultations/{id}/send", draft).with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/consultations/{id}/questions", consultation).with(as("st-crm")).with(csrf())
			.param("sectionTitle.es", "Tarde").param("kind", "FREE_TEXT").param("prompt.es", "Otra"))
			.andExpect(status().isConflict());
	}

	/**
	 * A term typed for a question that defines nothing (free text here) was dropped without a word, and the secretariat
	 * waited for the answers in the glossary (walk18): refused on the term's field, in the reader's language.
	 */
	@Test
	void aTermForAQuestionThatDefinesNothingIsRefused() throws Exception {
		UUID draft = UUID.fromString(mvc.perform(post("/consultations").with(as("st-crm")).with(csrf())
			.param("title.en", "Labour terms").param("processes", "CRM").param("deadline", "2030-01-01"))
			.andReturn().getResponse().getRedirectedUrl().substring("/consultations/".length()));
		mvc.perform(post("/consultations/{id}/questions", draft).with(as("st-crm")).with(csrf())
			.header("Accept-Language", "en").param("kind", "FREE_TEXT")
			.param("prompt.en", "How does your country define labour mobility?").param("term", "labour mobility"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"Only a question of the kind “Definition of a term” takes its term to the glossary")));
		mvc.perform(post("/consultations/{id}/questions", draft).with(as("st-crm")).with(csrf())
			.header("Accept-Language", "en").param("kind", "TERM_DEFINITION").param("term", "labour mobility"))
			.andExpect(status().is3xxRedirection());
	}

	/** A deadline already over is refused on creation, in the reader's language (walk-through of the evening #11). */
	@Test
	void refusesANewConsultationWhoseDeadlineHasPassed() throws Exception {
		mvc.perform(post("/consultations").with(as("st-crm")).with(csrf()).header("Accept-Language", "fr")
			.param("title.es", "Cuestionario vencido").param("processes", "CRM").param("deadline", "2020-01-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Cette échéance est déjà passée")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Cuestionario vencido")));
	}

	@Test
	void theNextQuestionGoesByDefaultToTheSectionJustCreated() throws Exception {
		UUID draft = UUID.fromString(mvc.perform(post("/consultations").with(as("st-crm")).with(csrf())
			.param("title.es", "Borrador de secciones").param("processes", "CRM").param("deadline", "2030-01-01"))
			.andReturn().getResponse().getRedirectedUrl().substring("/consultations/".length()));
		var added = mvc.perform(post("/consultations/{id}/questions", draft).with(as("st-crm")).with(csrf())
			.param("sectionTitle.es", "Conceptos").param("kind", "FREE_TEXT").param("prompt.es", "Explique"))
			.andExpect(status().is3xxRedirection()).andReturn();
		// the redirect's page, in the same (JDBC) session that holds the flash attributes
		String next = mvc.perform(get("/consultations/{id}", draft).with(as("st-crm")).cookie(added.getResponse().getCookies()))
			.andReturn().getResponse().getContentAsString();
		assertThat(next).containsPattern("<option value=\"[0-9a-f-]{36}\" selected=\"selected\">Conceptos</option>");
		// opened afresh, the page offers a new section first, as before any question was added
		assertThat(mvc.perform(get("/consultations/{id}", draft).with(as("st-crm"))).andReturn().getResponse()
			.getContentAsString()).doesNotContain("selected=\"selected\">Conceptos");
	}

	@Test
	void keepsConsultationsFromObserversAndSecretariatsOfTheOtherConference() throws Exception {
		mvc.perform(get("/consultations/{id}", consultation).with(as("observer-oim"))).andExpect(status().isForbidden());
		mvc.perform(post("/consultations/{id}/remind", consultation).with(as("st-csm")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/consultations/{id}", consultation).with(as("fp-panama")))
			.andExpect(status().is3xxRedirection());
	}

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Test
	void writesEachReminderInItsRecipientsLanguage() throws Exception {
		events.publishEvent(new org.puente.i18n.LanguageChosen("fp-mexico", org.puente.i18n.Language.EN));
		try {
			greenMail.reset();
			mvc.perform(post("/consultations/{id}/remind", consultation).with(as("st-crm")).with(csrf()))
				.andExpect(status().is3xxRedirection());
			noticesSent(consultation);
			MimeMessage[] mails = greenMail.getReceivedMessages();
			MimeMessage mexico = java.util.Arrays.stream(mails)
				.filter(m -> recipient(m).contains("mexico")).findFirst().orElseThrow();
			MimeMessage panama = java.util.Arrays.stream(mails)
				.filter(m -> recipient(m).contains("panama")).findFirst().orElseThrow();
			assertThat(mexico.getSubject()).startsWith("Reminder:");
			assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mexico)).contains("Dear");
			assertThat(panama.getSubject()).startsWith("Recordatorio:");
		}
		finally {
			events.publishEvent(new org.puente.i18n.LanguageChosen("fp-mexico", org.puente.i18n.Language.ES));
		}
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}

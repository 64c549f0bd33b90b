package org.puente.consultations;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.i18n.DateFormats;
import org.puente.web.HtmlValidityTests;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A secretariat closes a consultation once the answers are in (walk-through of the late evening #14): after a page
 * that says how many countries answered and which did not; from then on no answer is taken, whole, and the answers
 * already submitted stay compiled and in the glossary. It may be reopened, as a Loomio poll is.
 */
@PuenteTest
class ConsultationClosingTests extends ConsultationTestSupport {

	UUID consultation;

	UUID question;

	private final DateFormats dates = new DateFormats();

	@BeforeEach
	void panamaAnswersMexicoDrafts() throws Exception {
		consultation = sendConsultation("CRM", LocalDate.now().plusDays(10), "ACCEPT_LATE");
		question = firstQuestion(consultation);
		assertThat(autosave("fp-panama", "Retorno asistido por el Estado de acogida.", "").getResponse().getStatus())
			.isEqualTo(200);
		mvc.perform(post("/consultations/{id}/submit", consultation).with(as("fp-panama")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(autosave("fp-mexico", "Borrador de México", "").getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void closesAfterAPageThatSaysWhoAnsweredAndWhoDidNot() throws Exception {
		String confirm = page(get("/consultations/{id}/close", consultation).with(as("st-crm")));
		int countries = management.responses(consultation).size();
		assertThat(confirm).contains("1 de " + countries + " países respondieron.")
			.contains("No respondieron " + (countries - 1) + " países:");
		assertThat(between(confirm, "id=\"not-answered\"", "</ul>")).contains("México").doesNotContain("Panamá");
		valid("/consultations/{id}/close", confirm);

		mvc.perform(post("/consultations/{id}/close", consultation).with(as("st-crm")).with(csrf())
			.param("version", String.valueOf(version()))).andExpect(status().is3xxRedirection());
		Consultation closed = management.find(consultation);
		assertThat(closed.getStatus()).isEqualTo(ConsultationStatus.CLOSED);
		assertThat(closed.getClosedBy()).isEqualTo("st-crm");
		String detail = page(get("/consultations/{id}", consultation).with(as("st-crm")));
		assertThat(detail).contains(">Cerrada<").contains("id=\"closed-on\"").contains("Reabrir la consulta")
			.doesNotContain("Enviar un recordatorio").doesNotContain("/responses/PA/reopen");
		valid("/consultations/{id} closed", detail);
		assertThat(between(page(get("/consultations").with(as("st-crm"))), consultation.toString(), "</tr>"))
			.contains("Cerrada");
		assertThat(jdbc.queryForList("select summary from audit_entry where entity_id = ? and action = 'TRANSITION'",
				String.class, consultation.toString())).contains("closed, 1 of " + countries + " answered");
		assertThat(page(get("/admin/audit").param("entity", "closed, 1 of " + countries + " answered").with(as("admin"))))
			.contains("»: cerrada; respondieron 1 de " + countries + " países");
		// the confirmation of a closed consultation leads back to its page
		mvc.perform(get("/consultations/{id}/close", consultation).with(as("st-crm")))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void aClosedConsultationTakesNoAnswerAndSaysSoInThePersonsLanguage() throws Exception {
		close();
		MvcResult refused = autosave("fp-mexico", "Cambio después del cierre", "0");
		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("Sin guardar todavía.").contains("Esta consulta se cerró el").contains("data-autosave-result");
		mvc.perform(post("/consultations/{id}/answer/{q}", consultation, question).with(as("fp-mexico")).with(csrf())
			.header("Accept-Language", "en").accept(MediaType.APPLICATION_JSON)
			.param("language", "es").param("text-" + question, "Another change").param("version-" + question, "0"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("consultations.answer.closed"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("This consultation was closed on")));
		mvc.perform(post("/consultations/{id}/submit", consultation).with(as("fp-mexico")).with(csrf())
			.header("Accept-Language", "pt")
			.param("language", "es").param("text-" + question, "Enviada tras el cierre").param("version-" + question, "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Esta consulta foi encerrada em")));
		// nothing half-written: the draft as it was, the response not submitted
		assertThat(jdbc.queryForObject("""
				select a.text_value from consultation_answer a join consultation_response r on r.id = a.response_id
				where r.consultation_id = ? and r.country_iso2 = 'MX'""", String.class, consultation))
			.isEqualTo("Borrador de México");
		assertThat(responses.findByConsultationIdAndCountryIso2(consultation, "MX").orElseThrow().isSubmitted())
			.isFalse();

		String answer = page(get("/consultations/{id}/answer", consultation).with(as("fp-mexico")));
		assertThat(answer).contains("id=\"closed-notice\"").contains("Esta consulta se cerró el")
			.contains("Borrador de México").doesNotContain("Enviar las respuestas");
		assertThat(between(answer, "<textarea", ">")).contains("disabled");
		valid("/consultations/{id}/answer closed", answer);
		assertThat(page(get("/home").with(as("fp-mexico")))).doesNotContain(consultation.toString());
		assertThat(page(get("/consultations").with(as("fp-mexico")))).contains("Cerrada");
	}

	@Test
	void theAnswersSubmittedStayCompiledAndInTheGlossaryAfterClosing() throws Exception {
		assertThat(page(get("/consultations/{id}/answers.csv", consultation).with(as("st-crm"))))
			.contains("Cerrada el,Cerrada por").doesNotContain("Secretaría Técnica CRM");
		close();
		String csv = page(get("/consultations/{id}/answers.csv", consultation).with(as("st-crm")));
		assertThat(csv).contains("PA,Panamá").contains("Retorno asistido por el Estado de acogida.")
			.doesNotContain("Borrador de México");
		// the files say the consultation is closed, when and by whom (the person, not the account), in the
		// reader's language: a compilation downloaded before closing may still grow
		String closedAt = String.valueOf(management.find(consultation).getClosedAt().atOffset(ZoneOffset.UTC));
		assertThat(csv).contains("," + closedAt + ",Secretaría Técnica CRM");
		byte[] pdf = mvc.perform(get("/consultations/{id}/report.pdf", consultation).with(as("st-crm"))
			.header("Accept-Language", "fr")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " "))
				.contains(("Consultation clôturée le " + dates.zoned(management.find(consultation).getClosedAt(),
						Locale.FRENCH) + " par Secretaría Técnica CRM : plus aucune réponse n'est reçue.")
					.replaceAll("\\s+", " "));
		}
		assertThat(jdbc.queryForObject("select count(*) from glossary_country_definition where consultation_id = ? "
				+ "and country_iso2 = 'PA'", Integer.class, consultation)).isEqualTo(1);
	}

	@Test
	void aStaleOrRepeatedClosingIsAConflictAndOnlyItsOwnSecretariatCloses() throws Exception {
		long seen = version();
		mvc.perform(post("/consultations/{id}/close", consultation).with(as("st-csm")).with(csrf())
			.param("version", String.valueOf(seen))).andExpect(status().isForbidden());
		mvc.perform(post("/consultations/{id}/close", consultation).with(as("fp-panama")).with(csrf())
			.param("version", String.valueOf(seen))).andExpect(status().isForbidden());
		mvc.perform(post("/consultations/{id}/close", consultation).with(as("st-crm")).with(csrf())
			.param("version", String.valueOf(seen - 1)))
			.andExpect(status().isConflict())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Alguien cambió esta consulta")));
		assertThat(management.find(consultation).isOpen()).isTrue();
		close();
		// a second secretary on the same page, with the version it showed
		mvc.perform(post("/consultations/{id}/close", consultation).with(as("st-crm")).with(csrf())
			.param("version", String.valueOf(seen))).andExpect(status().isConflict());
		mvc.perform(post("/consultations/{id}/remind", consultation).with(as("st-crm")).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(post("/consultations/{id}/responses/PA/reopen", consultation).with(as("st-crm")).with(csrf()))
			.andExpect(status().isConflict());
	}

	/** Walk of 5 Dec night #8: a focal point on the closing address read a bare «not allowed», not who may close. */
	@Test
	void whoMayNotCloseIsToldWhoMayInTheirLanguage() throws Exception {
		String refused = mvc.perform(post("/consultations/{id}/close", consultation).with(as("fp-panama")).with(csrf())
			.header("Accept-Language", "fr").param("version", String.valueOf(version())))
			.andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("Seul le Secrétariat technique de la CRM, ou un administrateur, peut clôturer "
				+ "ou rouvrir cette consultation").doesNotContain("Votre compte");
		String page = mvc.perform(get("/consultations/{id}/close", consultation).with(as("fp-panama"))
			.header("Accept-Language", "pt")).andExpect(status().isForbidden()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Só a Secretaria Técnica da CRM, ou um administrador, pode encerrar");
		mvc.perform(post("/consultations/{id}/reopen", consultation).with(as("st-csm")).with(csrf())
			.header("Accept-Language", "en").param("version", String.valueOf(version())))
			.andExpect(status().isForbidden())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Only the Technical Secretariat of the CRM")));
		assertThat(management.find(consultation).isOpen()).isTrue();
	}

	@Test
	void closingAndReopeningAreToldToTheFocalPointsAndReopeningTakesAnswersAgain() throws Exception {
		greenMail.reset();
		close();
		noticesSent(consultation);
		assertThat(subjects()).anyMatch(s -> s.startsWith("Consulta cerrada: Cuestionario de prueba"));
		greenMail.reset();
		mvc.perform(post("/consultations/{id}/reopen", consultation).with(as("st-crm")).with(csrf())
			.param("version", String.valueOf(version()))).andExpect(status().is3xxRedirection());
		noticesSent(consultation);
		assertThat(subjects()).anyMatch(s -> s.startsWith("Consulta reabierta: Cuestionario de prueba"));
		assertThat(management.find(consultation).getClosedAt()).isNull();
		assertThat(autosave("fp-mexico", "Respuesta tras la reapertura", "0").getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void theApiClosesWithTheSameRulesAndAnswersProblemReports() throws Exception {
		String path = "/api/v1/consultations/" + consultation;
		long seen = version();
		mvc.perform(get(path).with(as("st-crm"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SENT")).andExpect(jsonPath("$.version").value(seen));
		mvc.perform(post(path + "/close").with(as("fp-panama")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + seen + "}"))
			.andExpect(status().isForbidden());
		// an id that names nothing is unknown to every account (404) before a focal point is refused (403)
		String unknown = "/api/v1/consultations/" + UUID.randomUUID();
		mvc.perform(get(path).with(as("fp-panama"))).andExpect(status().isForbidden());
		mvc.perform(get(unknown).with(as("fp-panama")).header("Accept-Language", "pt"))
			.andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("Esse questionário não existe."));
		mvc.perform(post(unknown + "/close").with(as("observer-oim")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": 0}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/consultations").with(as("fp-panama"))).andExpect(status().isForbidden());
		mvc.perform(post(path + "/close").with(as("st-crm")).with(csrf()).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + seen + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.answered").value(1))
			.andExpect(jsonPath("$.notAnswered").value(org.hamcrest.Matchers.hasItem("MX")))
			.andExpect(jsonPath("$.closedAt").isNotEmpty());
		mvc.perform(post(path + "/close").with(as("st-crm")).with(csrf()).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + version() + "}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("consultations.close.alreadyClosed"))
			.andExpect(jsonPath("$.detail").value("This consultation was already closed."));
		mvc.perform(post(path + "/reopen").with(as("st-crm")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + seen + "}"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("consultations.close.changed"))
			// the version stored now, for the script to read again and decide (walk of the API, finding 15)
			.andExpect(jsonPath("$.currentVersion").value(version()));
		mvc.perform(get("/v3/api-docs").with(as("st-crm"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/consultations/{id}/close'].post.responses['409'].content"
					+ "['application/problem+json'].schema['$ref']").value("#/components/schemas/Problem"));
	}

	@Test
	void aClosedConsultationPastItsDeadlineLeavesTheHomesList() throws Exception {
		UUID late = sendConsultation("CRM", LocalDate.now().minusDays(5), "ACCEPT_LATE");
		assertThat(panel(page(get("/home").with(as("st-crm"))), "late-consultations"))
			.contains(late.toString());
		mvc.perform(post("/consultations/{id}/close", late).with(as("st-crm")).with(csrf())
			.param("version", String.valueOf(management.find(late).getVersion()))).andExpect(status().is3xxRedirection());
		String home = page(get("/home").with(as("st-crm")));
		assertThat(panel(home, "late-consultations")).doesNotContain(late.toString());
		assertThat(panel(home, "open-consultations")).doesNotContain(late.toString());
	}

	private void close() throws Exception {
		mvc.perform(post("/consultations/{id}/close", consultation).with(as("st-crm")).with(csrf())
			.param("version", String.valueOf(version()))).andExpect(status().is3xxRedirection());
	}

	private long version() {
		return management.find(consultation).getVersion();
	}

	private MvcResult autosave(String username, String text, String version) throws Exception {
		return mvc.perform(post("/consultations/{id}/answer/{q}", consultation, question).with(as(username))
			.with(csrf()).header("HX-Request", "true").param("language", "es").param("text-" + question, text)
			.param("version-" + question, version)).andReturn();
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String between(String page, String from, String to) {
		int start = page.indexOf(from);
		assertThat(start).as(from).isNotNegative();
		return page.substring(start, page.indexOf(to, start));
	}

	private static void valid(String what, String page) throws Exception {
		HtmlValidityTests.validPage(what, page);
	}

	private static List<String> subjects() {
		return Arrays.stream(greenMail.getReceivedMessages()).map(ConsultationsTests::subject).toList();
	}
}

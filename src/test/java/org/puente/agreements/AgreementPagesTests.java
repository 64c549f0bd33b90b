package org.puente.agreements;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.puente.documents.TextReader;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

import static org.puente.PageContent.holds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The register's pages, exports and search over the demo data: what the public and each role see. */
@PuenteTest
class AgreementPagesTests extends WebTestSupport {

	@Test
	void showsThePublicHowFarTheDemoAgreementsGotInTheirLanguage() throws Exception {
		mvc.perform(get("/agreements").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			// the meeting as the calendar names it in French, not the Spanish title typed for its minutes (walk 13 #8)
			.andExpect(holds("Réunion de travail CRM–CSM au Panama", "réalisé"))
			.andExpect(content().string(not(containsString("/agreements/reviews"))));
	}

	@Autowired
	Agreements agreements;

	/** The overview filtered by conference downloads what it shows, not the whole register. */
	/** Tabs and bookmarks name the site: the agreements' pages titled without it stood apart from every other page. */
	@Test
	void everyAgreementsPageTitleEndsWithTheSiteName() throws Exception {
		mvc.perform(get("/agreements/mine").header("Accept-Language", "pt").with(as("fp-panama")))
			.andExpect(content().string(containsString("<title>Minhas ações — Puente</title>")));
		mvc.perform(get("/agreements/board").with(as("st-crm")))
			.andExpect(content().string(containsString("<title>Tablero de acuerdos — Puente</title>")));
		mvc.perform(get("/")).andExpect(content().string(not(containsString("Puente — Puente"))));
	}

	@Test
	void theOverviewsExportsKeepItsConferenceFilter() throws Exception {
		mvc.perform(get("/agreements").param("process", "CRM"))
			.andExpect(content().string(containsString("/agreements/export.csv?process=CRM")))
			.andExpect(content().string(containsString("/agreements/export.xlsx?process=CRM")));
		for (String process : new String[] { "CRM", "CSM" }) {
			byte[] xlsx = mvc.perform(get("/agreements/export.xlsx").param("process", process))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
			int shown = agreements.list(new Agreements.Filter(process, null, null, null, null, false)).size();
			try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
				assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).as(process).isEqualTo(shown + 1);
			}
		}
	}

	/** A progress note of 12,000 characters was stored and shown whole (walk-through of 4 December, late). */
	@Test
	void aProgressNoteLongerThanTheLimitIsRefusedKeepingWhatWasTyped() throws Exception {
		AgreementSummary one = agreements.list(new Agreements.Filter(null, null, null, null, null, false)).get(0);
		String note = "Informe largo. " + "x".repeat(AgreementController.MAX_NOTE);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/agreements/items/" + one.id() + "/updates").param("version", String.valueOf(one.version()))
				.param("note", note).with(as("admin"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(holds("La nota tiene más de 5.000 caracteres", note, "maxlength=\"5000\"",
					// headed as every other form's refusal (walk-through of 4 December, late, #19)
					"<h3 id=\"error-summary-title\">Hay un problema con lo que escribió</h3>"));
		assertThat(agreements.find(one.id()).orElseThrow().version()).as("nothing stored").isEqualTo(one.version());
	}

	@Test
	void exportsTheRegisterAsCsvXlsxAndPdf() throws Exception {
		byte[] csv = mvc.perform(get("/agreements/export.csv").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					containsString("register-of-rcm-sacm-agreements-" + java.time.LocalDate.now() + ".csv")))
			.andReturn().getResponse().getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).contains("Meeting,Meeting date").contains("Done").contains("Chile");
		assertThat(text.lines().filter(l -> l.contains("2017-06-08")).count()).isGreaterThanOrEqualTo(14);

		byte[] xlsx = mvc.perform(get("/agreements/export.xlsx")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Reunión");
			assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThanOrEqualTo(23);
		}

		byte[] pdf = mvc.perform(get("/agreements/export.pdf")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String pdfText;
		try (TextReader reader = TextReader.withDefaults()) {
			pdfText = reader.read(pdf, "report.pdf").text();
		}
		assertThat(pdfText).contains("Registro de acuerdos").contains("Cumplido");
	}

	/**
	 * Walk 10 #8–#10: the register's files for a French reader named the responsible in Spanish ("Conferencia Regional
	 * sobre Migración (CRM)", while the board and its export said them in French), printed ISO dates in the PDF
	 * ("2017-09-08", "Rapport du 2026-12-05") and were all called "agreements.*".
	 */
	@Test
	void theRegistersFilesSpeakTheReadersLanguage() throws Exception {
		var csv = mvc.perform(get("/agreements/export.csv").header("Accept-Language", "fr")).andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("registre-des-accords-crm-csm-")))
			.andReturn().getResponse();
		assertThat(csv.getContentAsString(StandardCharsets.UTF_8))
			.contains("Conférence régionale sur les migrations (CRM)")
			.doesNotContain("Conferencia Regional sobre Migración (CRM)");
		byte[] pdf = mvc.perform(get("/agreements/export.pdf").header("Accept-Language", "pt"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("registro-de-acordos-crm-csm-")))
			.andReturn().getResponse().getContentAsByteArray();
		String pdfText;
		try (TextReader reader = TextReader.withDefaults()) {
			// a cell's words wrap at its width: read as one line
			pdfText = reader.read(pdf, "report.pdf").text().replaceAll("\\s+", " ");
		}
		assertThat(pdfText).contains("8 de jun. de 2017").doesNotContain("2017-06-08")
			.contains("Conferência Regional sobre Migração (CRM)");
	}

	@Test
	void filtersTheBoardAndAnswersHtmxWithTheResultsOnly() throws Exception {
		mvc.perform(get("/agreements/board").param("responsible", "country:CL").with(as("observer-oim")))
			.andExpect(status().isOk())
			.andExpect(holds("<h1", "Chile"));
		mvc.perform(get("/agreements/board").param("status", "DONE").header("HX-Request", "true")
				.with(as("st-csm")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<h1"))))
			.andExpect(content().string(containsString("id=\"results\"")));
	}

	@Test
	void listsAFocalPointsActionsForTheirCountry() throws Exception {
		mvc.perform(get("/agreements/mine").with(as("fp-chile")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chile y Panamá presentarán")))
			.andExpect(content().string(not(containsString("Participar en el evento paralelo"))));
	}

	/** A page past the last line (th:if is evaluated before th:with on one element: this was a 500). */
	@Test
	void aPagePastTheEndOfMyActionsLeadsBack() throws Exception {
		mvc.perform(get("/agreements/mine").param("page", "5").with(as("fp-chile")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/agreements/mine?page=4\"")))
			.andExpect(content().string(not(containsString("Chile y Panamá presentarán"))));
	}
}

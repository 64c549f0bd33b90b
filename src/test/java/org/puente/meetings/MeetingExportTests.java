package org.puente.meetings;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;
import org.puente.directory.Conference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar's list downloads as CSV and XLSX with the filters the page shows and its columns in the reader's
 * language; the files open, and hold the meetings the filters keep and no other.
 */
@PuenteTest
class MeetingExportTests extends WebTestSupport {

	@Autowired
	MeetingManagement management;

	@Autowired
	TransactionTemplate transactions;

	void schedule(String title, Conference process, String country) {
		transactions.executeWithoutResult(tx -> {
			Meeting m = new Meeting(title, MeetingKind.WORKING_MEETING, MeetingDates.days(LocalDate.of(2030, 4, 2),
					LocalDate.of(2030, 4, 3)));
			m.setProcesses(Set.of(process));
			m.moveTo(new MeetingPlace("Ciudad", country, "Cancillería", null));
			management.record(m);
		});
	}

	@Test
	void theListDownloadsWithItsFiltersAndLocalizedHeadings() throws Exception {
		String kept = "Exportable CSM en Chile " + UUID.randomUUID();
		String other = "Exportable CRM en México " + UUID.randomUUID();
		schedule(kept, Conference.CSM, "CL");
		schedule(other, Conference.CRM, "MX");

		mvc.perform(get("/meetings").param("process", "CSM").with(as("st-crm")))
			.andExpect(content().string(containsString("/meetings/export.csv?process=CSM")));

		byte[] csv = mvc.perform(get("/meetings/export.csv").param("process", "CSM").param("country", "CL")
				.with(as("st-crm")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn().getResponse().getContentAsByteArray();
		List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)
			.replace("\uFEFF", ""))).getRecords();
		assertThat(records.get(0).toList()).containsExactly("Date", "Meeting", "Organising conferences", "Kind",
				"Place", "Status");
		List<String> titles = records.stream().skip(1).map(r -> r.get(1)).toList();
		assertThat(titles).contains(kept).doesNotContain(other);
		assertThat(records.stream().skip(1).map(r -> r.get(2))).allSatisfy(p -> assertThat(p).contains("SACM")); // the CSM in English

		byte[] xlsx = mvc.perform(get("/meetings/export.xlsx").param("process", "CSM").param("country", "CL")
				.with(as("st-crm")).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Réunion");
			List<String> inBook = new ArrayList<>();
			for (Row row : sheet) {
				inBook.add(row.getCell(1).getStringCellValue());
			}
			assertThat(inBook).contains(kept).doesNotContain(other);
		}
		// signed out: a browser is sent to sign in, a script (no text/html in Accept) asked for credentials
		mvc.perform(get("/meetings/export.csv").accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/meetings/export.csv")).andExpect(status().isUnauthorized());
	}
}

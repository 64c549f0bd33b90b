package org.puente.documents;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.puente.WebTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The documents list downloads as CSV and XLSX with the page's filter (kind) and its columns in the reader's
 * language; the files open and hold only documents of that kind.
 */
@PuenteTest
class DocumentExportTests extends WebTestSupport {

	@Test
	void theListDownloadsWithItsFilterAndLocalizedHeadings() throws Exception {
		mvc.perform(get("/documents").param("kind", "FINAL_ACT").with(as("st-crm")))
			.andExpect(content().string(containsString("/documents/export.csv?kind=FINAL_ACT")));

		byte[] csv = mvc.perform(get("/documents/export.csv").param("kind", "FINAL_ACT").with(as("st-crm"))
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn().getResponse().getContentAsByteArray();
		List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)
			.replace("\uFEFF", ""))).getRecords();
		assertThat(records.get(0).toList()).containsExactly("Title", "Kind", "Date", "Processes", "Confidentiality");
		assertThat(records).hasSizeGreaterThan(1);
		assertThat(records.stream().skip(1).map(r -> r.get(1))).containsOnly("Minutes (acta)");

		byte[] xlsx = mvc.perform(get("/documents/export.xlsx").with(as("st-crm")).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Confidentialité");
			assertThat(sheet.getPhysicalNumberOfRows()).isGreaterThan(records.size());
		}
		// signed out: a browser is sent to sign in, a script (no text/html in Accept) asked for credentials
		mvc.perform(get("/documents/export.csv").accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/documents/export.csv")).andExpect(status().isUnauthorized());
	}
}

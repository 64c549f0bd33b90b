package org.puente.web;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spreadsheets every list downloads as: text guarded against formulas, dates as real dates in the reader's
 * short form in XLSX and as ISO 8601 in CSV, numbers as numbers (a negative one is not a formula), empty cells
 * empty, and the file named after the list and the day.
 */
class TableFilesTests {

	private static final String[] HEADINGS = { "Texto", "Fecha", "Número", "Vacía" };

	private static final List<Object[]> ROWS = List.<Object[]>of(
			new Object[] { "=HYPERLINK(\"http://evil.example/\")", LocalDate.of(2026, 12, 4), -3, null },
			new Object[] { "+1 @ - normal", LocalDate.of(2017, 6, 8), 1234.5, "" });

	@Test
	void csvWritesDatesAsIsoNumbersAsTheyAreAndGuardsFormulas() throws Exception {
		byte[] csv = TableFiles.csv(HEADINGS, ROWS);
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		var records = CSVFormat.DEFAULT.parse(new StringReader(new String(csv, 3, csv.length - 3,
				StandardCharsets.UTF_8))).getRecords();
		assertThat(records.get(1).toList()).containsExactly("'=HYPERLINK(\"http://evil.example/\")", "2026-12-04", "-3",
				"");
		assertThat(records.get(2).toList()).containsExactly("'+1 @ - normal", "2017-06-08", "1234.5", "");
	}

	@Test
	void xlsxWritesRealDatesInTheReadersFormAndNumbersAsNumbers() throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(TableFiles.xlsx("Lista: [de] prueba?",
				HEADINGS, ROWS, Locale.forLanguageTag("es"))))) {
			assertThat(book.getSheetName(0)).startsWith("Lista").doesNotContain(":", "[", "]", "?");
			Row first = book.getSheetAt(0).getRow(1);
			Cell text = first.getCell(0);
			assertThat(text.getStringCellValue()).startsWith("=HYPERLINK");
			assertThat(text.getCellStyle().getQuotePrefixed()).as("shown as typed, never run").isTrue();
			Cell day = first.getCell(1);
			assertThat(DateUtil.isCellDateFormatted(day)).isTrue();
			assertThat(day.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 4));
			assertThat(new DataFormatter().formatCellValue(day)).isEqualTo("4/12/2026");
			assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(-3);
			assertThat(first.getCell(2).getCellStyle().getQuotePrefixed()).isFalse();
			assertThat(first.getCell(3).getCellType()).as("nothing written for a null").isEqualTo(CellType.BLANK);
		}
	}

	@Test
	void eachLanguageHasItsShortDateWithTheYearInFull() {
		assertThat(TableFiles.dateFormat(Locale.forLanguageTag("es"))).isEqualTo("d/m/yyyy");
		assertThat(TableFiles.dateFormat(Locale.forLanguageTag("en"))).isEqualTo("m/d/yyyy");
		assertThat(TableFiles.dateFormat(Locale.forLanguageTag("fr"))).isEqualTo("dd/mm/yyyy");
		assertThat(TableFiles.dateFormat(Locale.forLanguageTag("pt"))).isEqualTo("dd/mm/yyyy");
		assertThat(TableFiles.dateFormat(Locale.ROOT)).isEqualTo("yyyy-mm-dd");
	}

	/** The download links carry the filters the page has, and no empty one. */
	@Test
	void theLinksCarryOnlyTheFiltersInUse() {
		ListDownloads downloads = new ListDownloads(new org.springframework.context.support.StaticMessageSource(),
				java.time.Clock.systemUTC());
		assertThat(downloads.query(List.of())).isEmpty();
		assertThat(downloads.query(java.util.Arrays.asList("process", null, "theme", " ", "overdue", false, "status",
				"DONE", "q", "trata & tráfico"))).isEqualTo("?status=DONE&q=trata%20%26%20tr%C3%A1fico");
		assertThat(downloads.query(List.of("overdue", true, "origin", "*"))).isEqualTo("?overdue=true&origin=*");
	}

	@Test
	void theFileSaysWhatAndWhenInPlainLetters() {
		assertThat(ListDownloads.fileName("Liste d’experts ", LocalDate.of(2026, 12, 4)))
			.isEqualTo("liste-d-experts-2026-12-04");
		assertThat(ListDownloads.fileName("Série semanal Panamá, Haití", LocalDate.of(2026, 12, 4)))
			.isEqualTo("serie-semanal-panama-haiti-2026-12-04");
		assertThat(ListDownloads.fileName("¿?", LocalDate.of(2026, 12, 4))).isEqualTo("list-2026-12-04");
	}
}

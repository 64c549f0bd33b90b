package org.puente;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A downloaded list read back as a spreadsheet would read it: the rows of a CSV (after its byte-order mark), or of
 * an XLSX's first sheet with each cell as shown ({@link DataFormatter}), whether it is a real date, and whether it
 * is quote-prefixed (never run as a formula); and the file's name.
 */
public record DownloadedTable(String fileName, List<List<String>> rows, List<List<Cell>> cells) {

	public static DownloadedTable csv(ResultActions download) throws Exception {
		MockHttpServletResponse response = download.andReturn().getResponse();
		byte[] body = response.getContentAsByteArray();
		assertThat(body).as("UTF-8 byte-order mark").startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
		List<List<String>> rows = new ArrayList<>();
		for (CSVRecord r : CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords()) {
			rows.add(r.toList());
		}
		return new DownloadedTable(fileName(response), rows, List.of());
	}

	public static DownloadedTable xlsx(ResultActions download) throws Exception {
		MockHttpServletResponse response = download.andReturn().getResponse();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			Sheet sheet = book.getSheetAt(0);
			DataFormatter shown = new DataFormatter();
			List<List<String>> rows = new ArrayList<>();
			List<List<Cell>> cells = new ArrayList<>();
			for (Row row : sheet) {
				List<String> texts = new ArrayList<>();
				List<Cell> kept = new ArrayList<>();
				for (int i = 0; i < row.getLastCellNum(); i++) {
					Cell cell = row.getCell(i);
					texts.add(cell == null ? "" : shown.formatCellValue(cell));
					kept.add(cell);
				}
				rows.add(texts);
				cells.add(kept);
			}
			return new DownloadedTable(fileName(response), rows, cells);
		}
		catch (IOException ex) {
			throw new AssertionError("not an XLSX workbook", ex);
		}
	}

	private static String fileName(MockHttpServletResponse response) {
		String disposition = response.getHeader("Content-Disposition");
		assertThat(disposition).as("Content-Disposition").startsWith("attachment");
		return disposition.replaceAll(".*filename=\"?([^\";]+)\"?.*", "$1");
	}

	public List<String> headings() {
		return rows.get(0);
	}

	/** The lines under the headings. */
	public List<List<String>> lines() {
		return rows.subList(1, rows.size());
	}

	/** The values of one column, under its heading. */
	public List<String> column(int index) {
		return lines().stream().map(r -> index < r.size() ? r.get(index) : "").toList();
	}

	/** The line whose column {@code index} is {@code value}. */
	public int lineWith(int index, String value) {
		List<String> column = column(index);
		assertThat(column).contains(value);
		return column.indexOf(value) + 1;
	}

	/** The XLSX cell at a row (0 = headings) and column: a date cell in a date format, or not. */
	public boolean isDate(int row, int column) {
		Cell cell = cells.get(row).get(column);
		return cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell);
	}

	/** Whether the XLSX cell is shown as typed, never evaluated (a formula-like text). */
	public boolean isQuoted(int row, int column) {
		Cell cell = cells.get(row).get(column);
		return cell.getCellType() == CellType.STRING && cell.getCellStyle().getQuotePrefixed();
	}

	/** The date format of an XLSX cell, as the spreadsheet stores it ("dd/mm/yyyy"). */
	public String format(int row, int column) {
		return cells.get(row).get(column).getCellStyle().getDataFormatString();
	}
}

package org.puente.flows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An uploaded file, CSV (UTF-8, with or without a byte order mark) or XLSX (its first sheet), read as rows of text
 * cells: a spreadsheet's dates as ISO days, a formula as its text (so that the template refuses it, never runs it).
 */
final class UploadTable {

	private UploadTable() {
	}

	static List<List<String>> read(byte[] content) throws IOException {
		return isXlsx(content) ? xlsx(content) : csv(content);
	}

	private static boolean isXlsx(byte[] content) {
		return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

	private static List<List<String>> csv(byte[] content) throws IOException {
		List<List<String>> table = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(content),
				StandardCharsets.UTF_8), CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get())) {
			for (CSVRecord record : parser) {
				List<String> cells = new ArrayList<>(record.size());
				record.forEach(cells::add);
				if (table.isEmpty() && !cells.isEmpty() && cells.get(0).startsWith("\uFEFF")) {
					cells.set(0, cells.get(0).substring(1));
				}
				table.add(cells);
			}
		}
		return table;
	}

	private static List<List<String>> xlsx(byte[] content) throws IOException {
		List<List<String>> table = new ArrayList<>();
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = book.getSheetAt(0);
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
						Cell cell = row.getCell(c);
						if (cell == null) {
							cells.add("");
						}
						else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
							cells.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
						}
						else if (cell.getCellType() == CellType.FORMULA) {
							cells.add("=" + cell.getCellFormula());
						}
						else {
							cells.add(formatter.formatCellValue(cell));
						}
					}
				}
				table.add(cells);
			}
		}
		return table;
	}
}

package org.puente.flows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
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
 * A CSV's cells may be separated by commas or by semicolons, as a spreadsheet set to Spanish, Portuguese or French
 * saves them (its decimal mark is the comma); the header line says which.
 */
final class UploadTable {

	/** How much of a file is looked at to tell a text from a binary file (an executable, an image, a .xls). */
	private static final int SNIFFED = 8192;

	private UploadTable() {
	}

	/** The file is no table at all: neither XLSX nor text. */
	static final class NotTable extends IOException {

		NotTable() {
			super("not a CSV or XLSX file");
		}
	}

	/**
	 * A quotation mark opens a cell on {@code line} and is never closed; {@code before} holds the rows above it,
	 * so that their own problems can be reported with it.
	 */
	static final class UnclosedQuote extends IOException {

		final long line;

		final transient List<List<String>> before;

		UnclosedQuote(long line, List<List<String>> before) {
			super("unclosed quotation mark on line " + line);
			this.line = line;
			this.before = before;
		}
	}

	static List<List<String>> read(byte[] content) throws IOException {
		if (isXlsx(content)) {
			return xlsx(content);
		}
		for (int i = 0; i < Math.min(content.length, SNIFFED); i++) {
			if (content[i] == 0) {
				throw new NotTable();
			}
		}
		return csv(content);
	}

	/** The separator of the header line: a semicolon when it has more of them than commas, else a comma. */
	static char separator(byte[] content) {
		int commas = 0;
		int semicolons = 0;
		for (int i = 0; i < content.length && content[i] != '\n'; i++) {
			if (content[i] == ',') {
				commas++;
			}
			else if (content[i] == ';') {
				semicolons++;
			}
		}
		return semicolons > commas ? ';' : ',';
	}

	private static boolean isXlsx(byte[] content) {
		return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

	private static List<List<String>> csv(byte[] content) throws IOException {
		List<List<String>> table = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setDelimiter(separator(content)).get();
		try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(content),
				StandardCharsets.UTF_8), format)) {
			var records = parser.iterator();
			while (true) {
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				}
				catch (UncheckedIOException ex) {
					// only an unclosed quotation mark makes a CSV of text unreadable: the cell it opens runs to the end
					throw new UnclosedQuote(table.size() + 1L, table);
				}
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

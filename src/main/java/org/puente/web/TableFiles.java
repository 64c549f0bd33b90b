package org.puente.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A list a secretariat works from, downloaded as a spreadsheet ({@link DocxFiles}' and {@link PdfFiles}' twin): the
 * headings in the reader's language, then one row per line of the list, in CSV (UTF-8 with a byte-order mark, so
 * that spreadsheets read the accents) or XLSX (headings frozen), formula-like cells neutralised
 * ({@link SpreadsheetCells}).
 */
public final class TableFiles {

	public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private TableFiles() {
	}

	public static byte[] csv(String[] headings, List<String[]> rows) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(0xEF);
		bytes.write(0xBB);
		bytes.write(0xBF);
		try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
			csv.printRecord((Object[]) headings);
			for (String[] row : rows) {
				csv.printRecord(Arrays.stream(row).map(SpreadsheetCells::csv).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	public static byte[] xlsx(String sheetName, String[] headings, List<String[]> rows) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(sheetName);
			SpreadsheetCells.Quoted quoted = new SpreadsheetCells.Quoted(book);
			Row head = sheet.createRow(0);
			for (int i = 0; i < headings.length; i++) {
				head.createCell(i).setCellValue(headings[i]);
			}
			int r = 1;
			for (String[] cells : rows) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < cells.length; i++) {
					SpreadsheetCells.text(row.createCell(i), cells[i], quoted);
				}
			}
			sheet.createFreezePane(0, 1);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The list in the format its address names, "csv" or "xlsx", as an attachment {@code name}.csv or .xlsx (the
	 * sheet named {@code sheetName}); empty for any other format, which the caller answers as an unknown address.
	 */
	public static Optional<ResponseEntity<byte[]>> download(String format, String sheetName, String[] headings,
			List<String[]> rows, String name) {
		return switch (format) {
			case "csv" -> Optional.of(download(csv(headings, rows), CSV, name + ".csv"));
			case "xlsx" -> Optional.of(download(xlsx(sheetName, headings, rows), XLSX, name + ".xlsx"));
			default -> Optional.empty();
		};
	}

	/** The file as an attachment named {@code name}. */
	public static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(type)
			.body(body);
	}
}

package org.puente.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.jspecify.annotations.Nullable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A list a secretariat works from, downloaded as a spreadsheet ({@link DocxFiles}' and {@link PdfFiles}' twin): the
 * headings in the reader's language, then one row per line of the list, in CSV (UTF-8 with a byte-order mark, so
 * that spreadsheets read the accents) or XLSX (headings frozen), formula-like cells neutralised
 * ({@link SpreadsheetCells}). A cell is text, a {@link LocalDate} or a {@link Number}: in XLSX a date is a real date
 * shown as the reader's language writes it short (31/12/2026, 12/31/2026), so that it sorts and filters as one; in
 * CSV, which carries no format, it is ISO 8601 (2026-12-31), the one form every spreadsheet reads as a date whatever
 * its language, where "04/12/2026" would be the 4th of December in Bogotá and the 12th of April in Washington.
 * Numbers stay numbers (never guarded: "-3" is a number, not a formula).
 */
public final class TableFiles {

	public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private TableFiles() {
	}

	public static byte[] csv(String[] headings, List<? extends @Nullable Object[]> rows) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(0xEF);
		bytes.write(0xBB);
		bytes.write(0xBF);
		try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
			csv.printRecord((Object[]) headings);
			for (Object[] row : rows) {
				csv.printRecord(Arrays.stream(row).map(TableFiles::csvCell).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static String csvCell(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		return value instanceof LocalDate || value instanceof Number ? value.toString() : SpreadsheetCells.csv(value);
	}

	/** Dates as ISO 8601 (2026-12-31), for a list that has no reader's language. */
	public static byte[] xlsx(String sheetName, String[] headings, List<? extends @Nullable Object[]> rows) {
		return xlsx(sheetName, headings, rows, Locale.ROOT);
	}

	/** Dates as {@code locale} writes them short, with a four-digit year. */
	public static byte[] xlsx(String sheetName, String[] headings, List<? extends @Nullable Object[]> rows,
			Locale locale) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
			CellStyle day = book.createCellStyle();
			day.setDataFormat(book.createDataFormat().getFormat(dateFormat(locale)));
			SpreadsheetCells.Quoted quoted = new SpreadsheetCells.Quoted(book);
			Row head = sheet.createRow(0);
			for (int i = 0; i < headings.length; i++) {
				head.createCell(i).setCellValue(headings[i]);
			}
			int r = 1;
			for (Object[] cells : rows) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < cells.length; i++) {
					cell(row.createCell(i), cells[i], day, quoted);
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

	private static void cell(Cell cell, @Nullable Object value, CellStyle day, SpreadsheetCells.Quoted quoted) {
		if (value instanceof LocalDate date) {
			cell.setCellValue(date);
			cell.setCellStyle(day);
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value != null) {
			SpreadsheetCells.text(cell, value.toString(), quoted);
		}
	}

	/**
	 * The spreadsheet's number format for a day as {@code locale} writes it short, with the year in full:
	 * "d/m/yyyy" in Spanish, "m/d/yyyy" in American English, "dd/mm/yyyy" in French and Portuguese; ISO 8601
	 * without a language.
	 */
	static String dateFormat(Locale locale) {
		if (locale.getLanguage().isEmpty()) {
			return "yyyy-mm-dd";
		}
		String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
				IsoChronology.INSTANCE, locale);
		// CLDR letters to the spreadsheet's: month M→m, any year → yyyy; quoted literals and the rest kept as they are
		return pattern.replaceAll("y+", "yyyy").replace('M', 'm').replace("'", "\"");
	}

	/**
	 * The list in the format its address names, "csv" or "xlsx", as an attachment {@code name}.csv or .xlsx (the
	 * sheet named {@code sheetName}); empty for any other format, which the caller answers as an unknown address.
	 */
	public static Optional<ResponseEntity<byte[]>> download(String format, String sheetName, String[] headings,
			List<? extends @Nullable Object[]> rows, String name) {
		return download(format, sheetName, headings, rows, name, Locale.ROOT);
	}

	/** The same with the dates of the XLSX as {@code locale} writes them. */
	public static Optional<ResponseEntity<byte[]>> download(String format, String sheetName, String[] headings,
			List<? extends @Nullable Object[]> rows, String name, Locale locale) {
		return switch (format) {
			case "csv" -> Optional.of(download(csv(headings, rows), CSV, name + ".csv"));
			case "xlsx" -> Optional.of(download(xlsx(sheetName, headings, rows, locale), XLSX, name + ".xlsx"));
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

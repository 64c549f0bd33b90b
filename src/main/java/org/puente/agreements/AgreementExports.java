package org.puente.agreements;

import java.awt.Color;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.puente.directory.Conference;
import org.puente.i18n.DateFormats;
import org.puente.web.ListDownloads;
import org.puente.web.PdfFiles;
import org.puente.web.TableFiles;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The register as a spreadsheet (CSV, XLSX) and as a printable PDF report, with the headings in the reader's language. */
@Component
class AgreementExports {

	private static final String[] COLUMNS = { "meeting", "meetingDate", "processes", "number", "theme", "text",
			"responsible", "dueDate", "status", "overdue", "lastProgress" };

	private final MessageSource messages;

	private final Clock clock;

	private final PartyLabels parties;

	AgreementExports(MessageSource messages, Clock clock, PartyLabels parties) {
		this.messages = messages;
		this.clock = clock;
		this.parties = parties;
	}

	byte[] csv(List<AgreementSummary> agreements, Locale locale) {
		return TableFiles.csv(headings(locale), rows(agreements, locale));
	}

	byte[] xlsx(List<AgreementSummary> agreements, Locale locale) {
		return TableFiles.xlsx(text("agreements.export.sheet", locale), headings(locale), rows(agreements, locale));
	}

	private List<String[]> rows(List<AgreementSummary> agreements, Locale locale) {
		return agreements.stream().map(a -> cells(a, locale, LocalDate::toString)).toList();
	}

	byte[] pdf(List<AgreementSummary> agreements, Locale locale) {
		return PdfFiles.write(PageSize.A4.rotate(), 36, text("agreements.export.title", locale),
				doc -> pdf(agreements, locale, doc));
	}

	private void pdf(List<AgreementSummary> agreements, Locale locale, Document doc) {
		Font title = new Font(Font.HELVETICA, 16, Font.BOLD);
		Font small = new Font(Font.HELVETICA, 9);
		Font bold = new Font(Font.HELVETICA, 9, Font.BOLD);
		doc.add(new Paragraph(text("agreements.export.title", locale), title));
		Tally tally = Tally.of(agreements);
		doc.add(new Paragraph(messages.getMessage("agreements.export.summary", new Object[] { tally.total(),
				tally.done(), tally.inProgress(), tally.pending(), tally.cancelled(), tally.overdue(),
				tally.percentDone(), DateFormats.longDay(LocalDate.now(clock), locale) }, locale), small));
		doc.add(new Paragraph(" "));
		PdfPTable table = new PdfPTable(new float[] { 14, 4, 34, 16, 8, 10, 14 });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		String[] all = headings(locale);
		for (int i : new int[] { 0, 3, 5, 6, 7, 8, 10 }) {
			PdfPCell cell = new PdfPCell(new Phrase(all[i], bold));
			cell.setBackgroundColor(new Color(0xe6, 0xec, 0xf2));
			table.addCell(cell);
		}
		for (AgreementSummary a : agreements) {
			// a report is read, not sorted: its dates as the reader writes them (walk 10 #9), the spreadsheets' ISO
			String[] cells = cells(a, locale, date -> DateFormats.day(date, locale));
			for (int i : new int[] { 0, 3, 5, 6, 7, 8, 10 }) {
				PdfPCell cell = new PdfPCell(new Phrase(i == 8 && a.overdue() ? cells[i] + " ("
						+ text("agreements.status.overdue", locale) + ")" : cells[i], small));
				cell.setVerticalAlignment(Element.ALIGN_TOP);
				table.addCell(cell);
			}
		}
		doc.add(table);
	}

	/**
	 * "registre-des-accords-crm-csm-2026-12-05.pdf": the register's files named like every other list's download, in
	 * the reader's language and with the day taken (walk 10 #10: all three were "agreements.*").
	 */
	String fileName(String extension, Locale locale) {
		return ListDownloads.fileName(text("agreements.export.title", locale), LocalDate.now(clock)) + "." + extension;
	}

	private String[] headings(Locale locale) {
		String[] headings = new String[COLUMNS.length];
		for (int i = 0; i < COLUMNS.length; i++) {
			headings[i] = text("agreements.export.column." + COLUMNS[i], locale);
		}
		return headings;
	}

	private String[] cells(AgreementSummary a, Locale locale, Function<LocalDate, String> date) {
		String last = a.progress().isEmpty() ? "" : a.progress().get(a.progress().size() - 1).note();
		// the responsible named in the reader's language, as the board and its export name them (walk 10 #8)
		return new String[] { a.meetingTitle(), date.apply(a.meetingDate()), String.join(" ", Conference.codes(a.processes())), a.number(),
				a.theme() == null ? "" : a.theme(), a.text(),
				a.responsible().stream().map(p -> parties.of(p, locale)).collect(Collectors.joining("; ")),
				a.dueDate() == null ? "" : date.apply(a.dueDate()), text("agreements.status." + a.status(), locale),
				a.overdue() ? text("agreements.export.yes", locale) : "", last };
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}

package org.puente.consultations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import org.puente.i18n.DateFormats;
import org.puente.i18n.Deadline;
import org.puente.directory.Countries;
import org.puente.web.PdfFiles;
import org.puente.web.SpreadsheetCells;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The submitted answers of all countries, one row per country and question, as CSV, XLSX and a PDF report with
 * the status of every country. Drafts stay with their country until submitted.
 */
@Component
class CompiledAnswers {

	private final ConsultationReads consultations;

	private final AnswerRepository answers;

	private final MessageSource messages;

	private final Answering answering;

	private final DateFormats dates;

	CompiledAnswers(ConsultationReads consultations, AnswerRepository answers, MessageSource messages,
			Answering answering, DateFormats dates) {
		this.consultations = consultations;
		this.answers = answers;
		this.messages = messages;
		this.answering = answering;
		this.dates = dates;
	}

	/** One line of the compilation. */
	record Line(String country, String countryName, String section, int number, String question, String term,
			String language, String answer, String submittedAt, boolean late) {
	}

	@Transactional(readOnly = true)
	List<Line> lines(UUID id, Locale locale) {
		ConsultationView view = consultations.view(id);
		List<Line> lines = new ArrayList<>();
		for (ConsultationResponse response : consultations.responses(id)) {
			if (!response.isSubmitted()) {
				continue;
			}
			Map<UUID, ConsultationAnswer> given = new HashMap<>();
			answers.findByResponseId(response.getId()).forEach(a -> given.put(a.getQuestionId(), a));
			int number = 0;
			for (ConsultationView.Section section : view.sections()) {
				for (ConsultationQuestion q : section.questions()) {
					number++;
					ConsultationAnswer a = given.get(q.getId());
					lines.add(new Line(response.getCountryIso2(), Countries.nameOf(response.getCountryIso2(), locale),
							section.section().title(locale), number, q.prompt(locale),
							q.getTerm() == null ? "" : q.getTerm(), a == null ? "" : a.getLanguage(),
							a == null ? "" : a.asText(),
							String.valueOf(response.getSubmittedAt().atOffset(ZoneOffset.UTC)), response.isLate()));
				}
			}
		}
		return lines;
	}

	private List<String> headers(Locale locale) {
		return List.of("country", "countryName", "section", "number", "question", "term", "language", "answer",
				"submittedAt", "late", "closedAt", "closedBy").stream()
			.map(h -> messages.getMessage("consultations.export." + h, null, locale))
			.toList();
	}

	/**
	 * Each row, and after its columns when and by whom the consultation was closed (both empty while it is open): a
	 * compilation downloaded after closing is final, one downloaded before may still grow, and the file must say which.
	 * The moment is written as the submission's, the person as Puente names people (not the account).
	 */
	private List<List<Object>> rows(UUID id, Locale locale) {
		Consultation consultation = consultations.view(id).consultation();
		String closedAt = consultation.isClosed() && consultation.getClosedAt() != null
				? String.valueOf(consultation.getClosedAt().atOffset(ZoneOffset.UTC)) : "";
		String closedBy = consultation.isClosed() ? answering.savedBy(consultation.getClosedBy()) : "";
		return lines(id, locale).stream().<List<Object>>map(l -> List.of(l.country(), l.countryName(), l.section(),
				l.number(), l.question(), l.term(), l.language(), l.answer(), l.submittedAt(), l.late(), closedAt,
				closedBy)).toList();
	}

	byte[] csv(UUID id, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
				CSVFormat.RFC4180.builder().setHeader(headers(locale).toArray(String[]::new)).get())) {
			for (List<Object> cells : rows(id, locale)) {
				printer.printRecord(cells.stream().map(SpreadsheetCells::csv).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	byte[] xlsx(UUID id, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(messages.getMessage("consultations.export.sheet", null, locale));
			SpreadsheetCells.Quoted quoted = new SpreadsheetCells.Quoted(workbook);
			Row header = sheet.createRow(0);
			List<String> headers = headers(locale);
			for (int i = 0; i < headers.size(); i++) {
				header.createCell(i).setCellValue(headers.get(i));
			}
			int r = 1;
			for (List<Object> cells : rows(id, locale)) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < cells.size(); i++) {
					Object v = cells.get(i);
					if (v instanceof Integer n) {
						row.createCell(i).setCellValue(n);
					}
					else if (v instanceof Boolean b) {
						row.createCell(i).setCellValue(b);
					}
					else {
						SpreadsheetCells.text(row.createCell(i), String.valueOf(v), quoted);
					}
				}
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Transactional(readOnly = true)
	byte[] pdf(UUID id, Locale locale) {
		ConsultationView view = consultations.view(id);
		List<ConsultationResponse> responses = consultations.responses(id);
		List<Line> lines = lines(id, locale);
		return PdfFiles.write(PageSize.A4, 48, view.consultation().title(locale),
				document -> pdf(view, responses, lines, locale, document));
	}

	private void pdf(ConsultationView view, List<ConsultationResponse> responses, List<Line> lines, Locale locale,
			Document document) {
		Font title = new Font(Font.HELVETICA, 16, Font.BOLD);
		Font heading = new Font(Font.HELVETICA, 12, Font.BOLD);
		Font body = new Font(Font.HELVETICA, 10);
		document.add(new Paragraph(view.consultation().title(locale), title));
		document.add(new Paragraph(view.consultation().intro().in(locale), body));
		document.add(new Paragraph(messages.getMessage("consultations.report.deadline",
				new Object[] { Deadline.shown(view.consultation().getDeadline(), locale) }, locale), body));
		if (view.consultation().isClosed()) {
			// a report printed after closing is the final one: it says so, when and by whom
			document.add(new Paragraph(messages.getMessage("consultations.report.closed",
					new Object[] { dates.zoned(view.consultation().getClosedAt(), locale),
							answering.savedBy(view.consultation().getClosedBy()) }, locale), heading));
		}
		document.add(new Paragraph(" "));
		document.add(new Paragraph(messages.getMessage("consultations.report.status", null, locale), heading));
		PdfPTable table = new PdfPTable(3);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (String h : List.of("countryName", "status", "submittedAt")) {
			table.addCell(new Paragraph(messages.getMessage("consultations.export." + h, null, locale), heading));
		}
		for (ConsultationResponse r : responses) {
			table.addCell(new Paragraph(Countries.nameOf(r.getCountryIso2(), locale), body));
			table.addCell(new Paragraph(messages.getMessage("consultations.status." + r.getStatus(), null, locale)
					+ (r.isLate() ? " — " + messages.getMessage("consultations.status.late", null, locale) : ""), body));
			table.addCell(new Paragraph(r.getSubmittedAt() == null ? "—"
					: String.valueOf(r.getSubmittedAt().atOffset(ZoneOffset.UTC).toLocalDate()), body));
		}
		document.add(table);
		int number = 0;
		for (ConsultationView.Section section : view.sections()) {
			document.add(new Paragraph(" "));
			document.add(new Paragraph(section.section().title(locale), title));
			for (ConsultationQuestion q : section.questions()) {
				number++;
				int n = number;
				Paragraph question = new Paragraph(n + ". " + q.prompt(locale)
						+ (q.getTerm() == null ? "" : " — " + q.getTerm()), heading);
				question.setAlignment(Element.ALIGN_LEFT);
				document.add(question);
				for (Line l : lines.stream().filter(l -> l.number() == n).toList()) {
					document.add(new Paragraph(l.countryName() + " (" + l.language() + "): "
							+ (l.answer().isEmpty() ? "—" : l.answer()), body));
				}
			}
		}
	}
}

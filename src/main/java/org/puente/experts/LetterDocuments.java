package org.puente.experts;

import java.awt.Color;
import java.util.function.Function;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.puente.web.DocxFiles;
import org.puente.web.PdfFiles;

/**
 * The joint letter as a Word document (Apache POI) and as PDF (OpenPDF): the template's paragraphs, a table of the
 * agreed experts per session, and a signature block for each pro tempore presidency.
 */
final class LetterDocuments {

	private static final Font BODY = new Font(Font.HELVETICA, 11);

	private static final Font TITLE = new Font(Font.HELVETICA, 14, Font.BOLD);

	private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);

	private static final Font SMALL = new Font(Font.HELVETICA, 9);

	private static final Font SMALL_BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);

	private static final Font DRAFT = new Font(Font.HELVETICA, 11, Font.BOLD, new Color(170, 0, 0));

	private LetterDocuments() {
	}

	static byte[] docx(JointLetter.Letter letter, Function<String, String> label) {
		return DocxFiles.write(doc -> {
			if (letter.draft()) {
				XWPFRun draft = doc.createParagraph().createRun();
				draft.setBold(true);
				draft.setColor("AA0000");
				draft.setText(label.apply("experts.letter.draft"));
			}
			XWPFRun title = doc.createParagraph().createRun();
			title.setBold(true);
			title.setFontSize(14);
			title.setText(letter.title());
			letter.before().forEach(p -> doc.createParagraph().createRun().setText(p));
			for (JointLetter.Section section : letter.sections()) {
				XWPFRun heading = doc.createParagraph().createRun();
				heading.setBold(true);
				heading.setText(section.heading());
				if (section.lines().isEmpty()) {
					doc.createParagraph().createRun().setText(label.apply("experts.letter.noneAgreed"));
					continue;
				}
				XWPFTable table = doc.createTable(section.lines().size() + 1, 5);
				String[] headers = { "experts.letter.col.conference", "experts.letter.col.name",
						"experts.letter.col.affiliation", "experts.letter.col.country", "experts.letter.col.languages" };
				for (int c = 0; c < headers.length; c++) {
					XWPFParagraph cell = table.getRow(0).getCell(c).getParagraphs().get(0);
					XWPFRun run = cell.createRun();
					run.setBold(true);
					run.setText(label.apply(headers[c]));
				}
				for (int r = 0; r < section.lines().size(); r++) {
					JointLetter.Line line = section.lines().get(r);
					String[] cells = { line.conference(), line.name(), line.affiliation(), line.country(),
							line.languages() };
					for (int c = 0; c < cells.length; c++) {
						table.getRow(r + 1).getCell(c).setText(cells[c]);
					}
				}
				doc.createParagraph();
			}
			letter.after().forEach(p -> doc.createParagraph().createRun().setText(p));
			for (JointLetter.Signature s : letter.signatures()) {
				XWPFParagraph block = doc.createParagraph();
				block.setSpacingBefore(480);
				XWPFRun line = block.createRun();
				line.setText("______________________________");
				line.addBreak();
				XWPFRun office = block.createRun();
				office.setBold(true);
				office.setText(s.office());
				office.addBreak();
				XWPFRun country = block.createRun();
				country.setText(s.country());
				if (s.approvedOn() != null) {
					country.addBreak();
					block.createRun().setText(label.apply("experts.letter.approvedOn") + " " + s.approvedOn());
				}
			}
		});
	}

	static byte[] pdf(JointLetter.Letter letter, Function<String, String> label) {
		return PdfFiles.write(PageSize.A4, 64, letter.title(), pdf -> pdf(letter, label, pdf));
	}

	private static void pdf(JointLetter.Letter letter, Function<String, String> label, Document pdf) {
		if (letter.draft()) {
			pdf.add(new Paragraph(label.apply("experts.letter.draft"), DRAFT));
		}
		pdf.add(new Paragraph(letter.title(), TITLE));
		for (String p : letter.before()) {
			pdf.add(spaced(p, BODY));
		}
		for (JointLetter.Section section : letter.sections()) {
			pdf.add(spaced(section.heading(), HEADING));
			if (section.lines().isEmpty()) {
				pdf.add(new Paragraph(label.apply("experts.letter.noneAgreed"), SMALL));
				continue;
			}
			PdfPTable table = new PdfPTable(new float[] { 1.2f, 3f, 4f, 2f, 2.4f });
			table.setWidthPercentage(100);
			table.setSpacingBefore(6);
			table.setHeaderRows(1);
			for (String h : new String[] { "experts.letter.col.conference", "experts.letter.col.name",
					"experts.letter.col.affiliation", "experts.letter.col.country", "experts.letter.col.languages" }) {
				table.addCell(new Phrase(label.apply(h), SMALL_BOLD));
			}
			for (JointLetter.Line line : section.lines()) {
				for (String cell : new String[] { line.conference(), line.name(), line.affiliation(), line.country(),
						line.languages() }) {
					table.addCell(new Phrase(cell, SMALL));
				}
			}
			pdf.add(table);
		}
		for (String p : letter.after()) {
			pdf.add(spaced(p, BODY));
		}
		PdfPTable signatures = new PdfPTable(letter.signatures().size());
		signatures.setWidthPercentage(100);
		signatures.setSpacingBefore(48);
		for (JointLetter.Signature s : letter.signatures()) {
			Paragraph block = new Paragraph("______________________________\n", BODY);
			block.add(new Phrase(s.office() + "\n", HEADING));
			block.add(new Phrase(s.country(), BODY));
			if (s.approvedOn() != null) {
				block.add(new Phrase("\n" + label.apply("experts.letter.approvedOn") + " " + s.approvedOn(), SMALL));
			}
			var cell = new com.lowagie.text.pdf.PdfPCell(block);
			cell.setBorder(0);
			signatures.addCell(cell);
		}
		pdf.add(signatures);
	}

	private static Paragraph spaced(String text, Font font) {
		Paragraph p = new Paragraph(text, font);
		p.setSpacingBefore(10);
		return p;
	}
}

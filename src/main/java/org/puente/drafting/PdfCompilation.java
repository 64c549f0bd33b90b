package org.puente.drafting;

import java.awt.Color;
import java.util.function.Function;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;

import org.puente.web.PdfFiles;

/**
 * A compilation as PDF, for reading and printing: inserted words underlined in blue and deleted words struck through
 * in red, each followed by its proponent in brackets, as a secretariat marks a compilation by hand; notes in italics
 * under their paragraph. Made with OpenPDF.
 */
final class PdfCompilation {

	private static final Font BODY = new Font(Font.HELVETICA, 11);

	private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);

	private static final Font LEGEND = new Font(Font.HELVETICA, 9, Font.ITALIC, Color.DARK_GRAY);

	private static final Font INSERTED = new Font(Font.HELVETICA, 11, Font.UNDERLINE, new Color(0, 70, 160));

	private static final Font DELETED = new Font(Font.HELVETICA, 11, Font.STRIKETHRU, new Color(170, 0, 0));

	private static final Font AUTHOR = new Font(Font.HELVETICA, 8, Font.BOLD, Color.DARK_GRAY);

	private static final Font NOTE = new Font(Font.HELVETICA, 9, Font.ITALIC, Color.DARK_GRAY);

	private PdfCompilation() {
	}

	static byte[] write(Compilation compilation, Function<String, String> label) {
		return PdfFiles.write(PageSize.A4, 56, compilation.title(), pdf -> write(compilation, label, pdf));
	}

	private static void write(Compilation compilation, Function<String, String> label, Document pdf) {
		pdf.add(new Paragraph(compilation.title(), TITLE));
		pdf.add(new Paragraph(label.apply(compilation.tracked() ? "drafting.compilation.trackedLegend"
				: "drafting.compilation.cleanLegend") + " " + label.apply("drafting.status." + compilation.status()),
				LEGEND));
		for (Compilation.Paragraph p : compilation.paragraphs()) {
			Paragraph paragraph = new Paragraph();
			paragraph.setSpacingBefore(8);
			paragraph.add(new Chunk(p.number() == null ? "+ " : p.number() + ". ", BODY));
			for (Compilation.Piece piece : p.pieces()) {
				switch (piece.change()) {
					case SAME -> paragraph.add(new Chunk(piece.text(), BODY));
					case INSERTED -> {
						paragraph.add(new Chunk(piece.text(), INSERTED));
						paragraph.add(new Chunk(" [" + piece.author() + "]", AUTHOR));
					}
					case DELETED -> {
						paragraph.add(new Chunk(piece.text(), DELETED));
						paragraph.add(new Chunk(" [" + piece.author() + "]", AUTHOR));
					}
				}
			}
			pdf.add(paragraph);
			for (Compilation.Note note : p.notes()) {
				Paragraph remark = new Paragraph(note.author() + ": " + note.text(), NOTE);
				remark.setIndentationLeft(18);
				pdf.add(remark);
			}
		}
	}

	static byte[] writeMatrix(String title, ProponentMatrix matrix, Function<String, String> label) {
		return PdfFiles.write(PageSize.A4.rotate(), 36, title, pdf -> writeMatrix(title, matrix, label, pdf));
	}

	private static void writeMatrix(String title, ProponentMatrix matrix, Function<String, String> label,
			Document pdf) {
		pdf.add(new Paragraph(title + " — " + label.apply("drafting.matrix.title"), TITLE));
		PdfPTable table = new PdfPTable(matrix.proponents().size() + 1);
		table.setWidthPercentage(100);
		table.setSpacingBefore(12);
		table.setHeaderRows(1);
		table.addCell(new Phrase(label.apply("drafting.matrix.paragraph"), AUTHOR));
		matrix.proponents().forEach(p -> table.addCell(new Phrase(p, AUTHOR)));
		for (ProponentMatrix.Row row : matrix.rows()) {
			table.addCell(new Phrase(row.number() + ". " + row.opening(), LEGEND));
			row.cells().forEach(cell -> table.addCell(new Phrase(String.join("\n", cell), LEGEND)));
		}
		pdf.add(table);
	}
}

package org.puente.drafting;

import java.math.BigInteger;
import java.util.Calendar;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.puente.web.DocxFiles;

/**
 * A compilation as a Word document. Open proposals are real revisions — {@code w:ins} and {@code w:del} with the
 * proponent as author — so Word and LibreOffice show them as changes to accept or reject one by one; notes are
 * Word comments anchored on their paragraph. Made with Apache POI.
 */
final class DocxCompilation {

	private DocxCompilation() {
	}

	static byte[] write(Compilation compilation, Function<String, String> label) {
		return DocxFiles.write(doc -> {
			XWPFParagraph title = doc.createParagraph();
			title.setStyle("Title");
			XWPFRun titleRun = title.createRun();
			titleRun.setBold(true);
			titleRun.setFontSize(16);
			titleRun.setText(compilation.title());
			XWPFRun state = doc.createParagraph().createRun();
			state.setItalic(true);
			state.setText(label.apply(compilation.tracked() ? "drafting.compilation.trackedLegend"
					: "drafting.compilation.cleanLegend") + " " + label.apply("drafting.status." + compilation.status()));
			Revisions revisions = new Revisions(doc);
			for (Compilation.Paragraph p : compilation.paragraphs()) {
				XWPFParagraph paragraph = doc.createParagraph();
				if (p.number() != null) {
					paragraph.createRun().setText(p.number() + ". ");
				}
				for (Compilation.Piece piece : p.pieces()) {
					revisions.write(paragraph, piece);
				}
				for (Compilation.Note note : p.notes()) {
					revisions.comment(paragraph, note);
				}
			}
		});
	}

	static byte[] writeMatrix(String title, ProponentMatrix matrix, Function<String, String> label) {
		return DocxFiles.write(doc -> {
			XWPFRun heading = doc.createParagraph().createRun();
			heading.setBold(true);
			heading.setText(title + " — " + label.apply("drafting.matrix.title"));
			XWPFTable table = doc.createTable(matrix.rows().size() + 1, matrix.proponents().size() + 1);
			table.getRow(0).getCell(0).setText(label.apply("drafting.matrix.paragraph"));
			for (int c = 0; c < matrix.proponents().size(); c++) {
				table.getRow(0).getCell(c + 1).setText(matrix.proponents().get(c));
			}
			for (int r = 0; r < matrix.rows().size(); r++) {
				ProponentMatrix.Row row = matrix.rows().get(r);
				table.getRow(r + 1).getCell(0).setText(row.number() + ". " + row.opening());
				for (int c = 0; c < row.cells().size(); c++) {
					table.getRow(r + 1).getCell(c + 1).setText(String.join("; ", row.cells().get(c)));
				}
			}
		});
	}

	/** Writes runs as revisions and notes as comments, numbering both as Word requires (ids unique per document). */
	private static final class Revisions {

		private final AtomicLong ids = new AtomicLong(1);

		private final Calendar now = Calendar.getInstance();

		private final XWPFDocument doc;

		private XWPFComments comments;

		Revisions(XWPFDocument doc) {
			this.doc = doc;
		}

		void write(XWPFParagraph paragraph, Compilation.Piece piece) {
			CTP p = paragraph.getCTP();
			switch (piece.change()) {
				case SAME -> paragraph.createRun().setText(piece.text());
				case INSERTED -> {
					CTR run = trackedRun(p.addNewIns(), piece.author());
					run.addNewT().setStringValue(piece.text());
					run.getTArray(0).setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
				}
				case DELETED -> {
					CTR run = trackedRun(p.addNewDel(), piece.author());
					run.addNewDelText().setStringValue(piece.text());
					run.getDelTextArray(0).setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
				}
			}
		}

		/** The run inside a tracked insertion or deletion, marked with its author and the time of the export. */
		private CTR trackedRun(CTRunTrackChange change, @org.jspecify.annotations.Nullable String author) {
			change.setId(BigInteger.valueOf(ids.getAndIncrement()));
			change.setAuthor(author == null ? "?" : author);
			change.setDate(now);
			return change.addNewR();
		}

		void comment(XWPFParagraph paragraph, Compilation.Note note) {
			if (comments == null) {
				comments = doc.createComments();
			}
			BigInteger id = BigInteger.valueOf(ids.getAndIncrement());
			XWPFComment comment = comments.createComment(id);
			comment.setAuthor(note.author());
			comment.setInitials(initials(note.author()));
			comment.setDate(now);
			comment.createParagraph().createRun().setText(note.text());
			CTP p = paragraph.getCTP();
			p.insertNewCommentRangeStart(0).setId(id);
			p.addNewCommentRangeEnd().setId(id);
			p.addNewR().addNewCommentReference().setId(id);
		}

		private static String initials(String author) {
			StringBuilder initials = new StringBuilder();
			for (String word : author.split("\\s+")) {
				if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
					initials.append(word.charAt(0));
				}
			}
			return initials.isEmpty() ? author.substring(0, Math.min(3, author.length())) : initials.toString();
		}
	}
}

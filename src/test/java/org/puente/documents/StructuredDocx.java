package org.puente.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A Word document with structure, built with Apache POI as Word writes it: headings in the "heading N" styles,
 * numbered lists ("1.", "2.") of their own, bold paragraphs and tables.
 */
public final class StructuredDocx {

	private final XWPFDocument doc = new XWPFDocument();

	public StructuredDocx() {
		XWPFStyles styles = doc.createStyles();
		for (int level = 1; level <= 3; level++) {
			CTStyle style = CTStyle.Factory.newInstance();
			style.setStyleId("Heading" + level);
			style.setType(STStyleType.PARAGRAPH);
			style.addNewName().setVal("heading " + level);
			styles.addStyle(new XWPFStyle(style));
		}
	}

	public StructuredDocx heading(int level, String text) {
		XWPFParagraph heading = doc.createParagraph();
		heading.setStyle("Heading" + level);
		heading.createRun().setText(text);
		return this;
	}

	/** A decimal list of its own, numbered from one. */
	public StructuredDocx numbered(List<String> items) {
		XWPFNumbering numbering = doc.getNumbering() != null ? doc.getNumbering() : doc.createNumbering();
		CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
		abstractNum.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size()));
		CTLvl level = abstractNum.addNewLvl();
		level.setIlvl(BigInteger.ZERO);
		level.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
		level.addNewLvlText().setVal("%1.");
		level.addNewStart().setVal(BigInteger.ONE);
		BigInteger list = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
		for (String text : items) {
			XWPFParagraph paragraph = doc.createParagraph();
			paragraph.setNumID(list);
			paragraph.setNumILvl(BigInteger.ZERO);
			paragraph.createRun().setText(text);
		}
		return this;
	}

	public StructuredDocx bold(String text) {
		XWPFRun run = doc.createParagraph().createRun();
		run.setBold(true);
		run.setText(text);
		return this;
	}

	public StructuredDocx paragraph(String text) {
		doc.createParagraph().createRun().setText(text);
		return this;
	}

	/** A table, its first row the header. */
	public StructuredDocx table(String[][] rows) {
		XWPFTable table = doc.createTable(rows.length, rows[0].length);
		for (int r = 0; r < rows.length; r++) {
			for (int c = 0; c < rows[r].length; c++) {
				table.getRow(r).getCell(c).setText(rows[r][c]);
			}
		}
		return this;
	}

	public byte[] bytes() {
		try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}

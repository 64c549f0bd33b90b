package org.puente.web;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A PDF download written in memory, the way every export, compilation and letter writes one: the page with the same
 * margin all round, the title in the file's properties, then what the caller adds; closed, and handed back as bytes.
 */
public final class PdfFiles {

	private PdfFiles() {
	}

	/**
	 * @param page {@code PageSize.A4}, or {@code PageSize.A4.rotate()} for wide tables
	 * @param margin the margin on each side, in points
	 * @param title the title readers see in the file's properties
	 * @param content adds the paragraphs and tables to the open document
	 */
	public static byte[] write(Rectangle page, float margin, String title, Consumer<Document> content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document pdf = new Document(page, margin, margin, margin, margin);
		PdfWriter.getInstance(pdf, out);
		pdf.addTitle(title);
		pdf.open();
		content.accept(pdf);
		pdf.close();
		return out.toByteArray();
	}

}

package org.puente.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A Word download written in memory, the way every compilation and letter writes one ({@link PdfFiles}' twin): a new
 * document, what the caller adds, handed back as bytes.
 */
public final class DocxFiles {

	private DocxFiles() {
	}

	/** @param content adds the paragraphs and tables to the new document */
	public static byte[] write(Consumer<XWPFDocument> content) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			content.accept(doc);
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}

package org.puente.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real files built in the tests: a DOCX with Apache POI, and a DOCX turned into a zip bomb. */
public class TestFiles {

	/** A Word document with one paragraph per line. */
	public byte[] docx(String... paragraphs) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String text : paragraphs) {
				document.createParagraph().createRun().setText(text);
			}
			document.write(out);
			return out.toByteArray();
		}
	}

	static byte[] replaceEntry(byte[] zip, String name, byte[] content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream rewritten = new ZipOutputStream(out)) {
			rewritten.setLevel(9);
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				rewritten.putNextEntry(new ZipEntry(entry.getName()));
				rewritten.write(entry.getName().equals(name) ? content : in.readAllBytes());
				rewritten.closeEntry();
			}
		}
		return out.toByteArray();
	}

	/** A valid document.xml padded with millions of spaces: tiny compressed, huge inflated. */
	static byte[] hugeDocumentXml(int padding) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(padding + 300);
		writeDocumentXml(out, padding);
		return out.toByteArray();
	}

	private static void writeDocumentXml(java.io.OutputStream out, long padding) throws IOException {
		out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document "
				+ "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		byte[] spaces = new byte[1 << 20];
		java.util.Arrays.fill(spaces, (byte) ' ');
		for (long written = 0; written < padding; written += spaces.length) {
			out.write(spaces, 0, (int) Math.min(spaces.length, padding - written));
		}
		out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
	}

	/** A DOCX whose document.xml inflates to {@code inflated} bytes of spaces, built without holding them. */
	public static synchronized byte[] docxBomb(long inflated) throws IOException {
		byte[] cached = BOMBS.get(inflated);
		if (cached != null) {
			return cached;
		}
		byte[] base = new TestFiles().docx("Acta");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(base));
				ZipOutputStream bomb = new ZipOutputStream(out)) {
			bomb.setLevel(9);
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				bomb.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("word/document.xml")) {
					writeDocumentXml(bomb, inflated);
				}
				else {
					bomb.write(in.readAllBytes());
				}
				bomb.closeEntry();
			}
		}
		BOMBS.put(inflated, out.toByteArray());
		return BOMBS.get(inflated);
	}

	private static final java.util.Map<Long, byte[]> BOMBS = new java.util.HashMap<>();
}

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
	static byte[] hugeDocumentXml(int padding) {
		String head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document "
				+ "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>";
		String tail = "</w:t></w:r></w:p></w:body></w:document>";
		byte[] bytes = new byte[head.length() + padding + tail.length()];
		System.arraycopy(head.getBytes(), 0, bytes, 0, head.length());
		java.util.Arrays.fill(bytes, head.length(), head.length() + padding, (byte) ' ');
		System.arraycopy(tail.getBytes(), 0, bytes, head.length() + padding, tail.length());
		return bytes;
	}
}

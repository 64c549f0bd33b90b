package org.puente.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real files built in the tests: a DOCX with Apache POI, an OpenDocument text by hand, and a DOCX turned into a zip bomb. */
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

	/**
	 * An OpenDocument text package written by hand around the given {@code content.xml}: the mimetype first and
	 * stored (as the format requires), then the content and the manifest.
	 */
	public static byte[] odt(String contentXml) throws IOException {
		String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
				+ " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
				+ "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
				+ "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
				+ "</manifest:manifest>";
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
			ZipEntry entry = new ZipEntry("mimetype");
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(mimetype.length);
			java.util.zip.CRC32 crc = new java.util.zip.CRC32();
			crc.update(mimetype);
			entry.setCrc(crc.getValue());
			zip.putNextEntry(entry);
			zip.write(mimetype);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write(contentXml.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
			zip.write(manifest.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	static byte[] replaceEntry(byte[] zip, String name, byte[] content) throws IOException {
		return rewrite(zip, name, out -> out.write(content));
	}

	/** What writes an entry's new content. */
	private interface EntryWriter {
		void write(java.io.OutputStream out) throws IOException;
	}

	/** The zip again, at the highest compression, with the named entry's content written anew. */
	private static byte[] rewrite(byte[] zip, String name, EntryWriter writer) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream rewritten = new ZipOutputStream(out)) {
			rewritten.setLevel(9);
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				rewritten.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals(name)) {
					writer.write(rewritten);
				}
				else {
					rewritten.write(in.readAllBytes());
				}
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
		BOMBS.put(inflated, rewrite(base, "word/document.xml", out -> writeDocumentXml(out, inflated)));
		return BOMBS.get(inflated);
	}

	private static final java.util.Map<Long, byte[]> BOMBS = new java.util.HashMap<>();
}

package org.puente.agreements;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads the text of minutes through Apache Tika. The type is detected from the content, never from the file name,
 * because minutes are often forwarded with a wrong or missing extension.
 */
final class DocumentText {

	/** What minutes come as; anything else (images, spreadsheets, archives) is refused with its detected type. */
	private static final Set<String> ACCEPTED = Set.of("application/pdf",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.oasis.opendocument.text", "application/msword", "application/rtf");

	// AutoDetectParser is thread-safe and costly to build (it loads every parser), so there is one.
	private static final AutoDetectParser PARSER = new AutoDetectParser();

	private DocumentText() {
	}

	static String read(Path file) throws IOException, UnreadableDocumentException {
		try (InputStream in = TikaInputStream.get(Files.newInputStream(file))) {
			return read(in, file.getFileName().toString());
		}
	}

	/** @param name only to word the error messages; the type comes from the bytes */
	static String read(InputStream stream, String name) throws IOException, UnreadableDocumentException {
		try (TikaInputStream in = TikaInputStream.get(stream)) {
			Metadata metadata = new Metadata();
			MediaType type = PARSER.getDetector().detect(in, metadata);
			if (!accepted(type)) {
				throw new UnreadableDocumentException(name + " is " + type.getBaseType()
						+ ", not minutes in plain text, DOCX, ODT or PDF", null);
			}
			if ("text".equals(type.getType())) {
				// plain text is taken as written: Tika's text parser re-flows it into paragraphs, and the blank
				// lines and indents it drops are what tell items, wrapped lines and page breaks apart
				return plainText(in.readAllBytes());
			}
			BodyContentHandler handler = new BodyContentHandler(-1);
			PARSER.parse(in, handler, metadata, new ParseContext());
			return handler.toString().replace("\uFEFF", "");
		}
		catch (EncryptedDocumentException ex) {
			throw new UnreadableDocumentException(name + " is protected by a password; save it without one", ex);
		}
		catch (TikaException | SAXException ex) {
			throw new UnreadableDocumentException(name + " is damaged or not what its content claims ("
					+ rootMessage(ex) + ")", ex);
		}
	}

	/** UTF-8 when the bytes are valid UTF-8 (with or without a BOM), else Windows-1252, what older Word saves. */
	static String plainText(byte[] bytes) {
		try {
			return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
				.decode(java.nio.ByteBuffer.wrap(bytes))
				.toString()
				.replace("\uFEFF", "");
		}
		catch (java.nio.charset.CharacterCodingException notUtf8) {
			return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
		}
	}

	private static boolean accepted(MediaType type) {
		return "text".equals(type.getType()) || ACCEPTED.contains(type.getBaseType().toString());
	}

	static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}
}

package org.puente.minutes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.puente.documents.TextReader;
import org.puente.documents.UnreadableFileException;

/** Reads test minutes: plain text directly, other formats through the documents' text reader (one child JVM). */
final class TestFiles {

	static final MinutesReading READING = MinutesReading.withPackagedDirectory(null);

	/** One reader for the test JVM: each child JVM it starts costs seconds; closed when the JVM ends. */
	private static final TextReader READER = new TextReader(TextReader.DEFAULT_WRITE_LIMIT, TextReader.DEFAULT_TIMEOUT,
			1, TextReader.DEFAULT_CHILD_HEAP);

	/** Reads files as the application does: through the text reader, a DOCX or ODT by its structure. */
	private static final MinutesReading FILES = MinutesReading.withPackagedDirectory(READER);

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(READER::close));
	}

	private TestFiles() {
	}

	/** Hand-written minutes read as of a meeting on Wednesday 9 April 2025, in the given language. */
	static MinutesReading.Result readText(String text, String lang) {
		return READING.read(text, LocalDate.of(2025, 4, 9), Optional.of(lang));
	}

	static MinutesReading.Result read(Path file, LocalDate meetingDate, Optional<String> lang) {
		try {
			String name = file.getFileName().toString();
			if (name.endsWith(".txt") || name.endsWith(".md")) {
				return READING.read(Files.readString(file), meetingDate, lang);
			}
			return readFile(Files.readAllBytes(file), name, meetingDate, lang);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads a file's bytes as an upload is read. */
	static MinutesReading.Result readFile(byte[] bytes, String name, LocalDate meetingDate, Optional<String> lang) {
		try {
			return FILES.read(bytes, name, meetingDate, lang);
		}
		catch (UnreadableFileException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An OpenDocument text package written by hand around the given {@code content.xml}: the mimetype first and
	 * stored (as the format requires), then the content and the manifest.
	 */
	static byte[] odt(String contentXml) throws IOException {
		String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
				+ " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
				+ "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
				+ "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
				+ "</manifest:manifest>";
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
			byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
			java.util.zip.ZipEntry entry = new java.util.zip.ZipEntry("mimetype");
			entry.setMethod(java.util.zip.ZipEntry.STORED);
			entry.setSize(mimetype.length);
			java.util.zip.CRC32 crc = new java.util.zip.CRC32();
			crc.update(mimetype);
			entry.setCrc(crc.getValue());
			zip.putNextEntry(entry);
			zip.write(mimetype);
			zip.closeEntry();
			zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
			zip.write(contentXml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new java.util.zip.ZipEntry("META-INF/manifest.xml"));
			zip.write(manifest.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}
}

package org.puente.minutes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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

	/** The texts of the items read from such minutes, in order. */
	static List<String> itemTexts(String text, String lang) {
		return readText(text, lang).items().stream().map(MinutesItem::text).toList();
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

	/** An OpenDocument text package around the given {@code content.xml} (see documents' TestFiles). */
	static byte[] odt(String contentXml) throws IOException {
		return org.puente.documents.TestFiles.odt(contentXml);
	}
}

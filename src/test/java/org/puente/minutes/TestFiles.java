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

	private TestFiles() {
	}

	static MinutesReading.Result read(Path file, LocalDate meetingDate, Optional<String> lang) {
		try {
			String name = file.getFileName().toString();
			if (name.endsWith(".txt") || name.endsWith(".md")) {
				return READING.read(Files.readString(file), meetingDate, lang);
			}
			try (TextReader reader = new TextReader(TextReader.DEFAULT_WRITE_LIMIT, TextReader.DEFAULT_TIMEOUT, 1,
					TextReader.DEFAULT_CHILD_HEAP)) {
				return READING.read(reader.read(Files.readAllBytes(file), name).text(), meetingDate, lang);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (UnreadableFileException ex) {
			throw new IllegalStateException(ex);
		}
	}
}

package org.puente.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.puente.refusal.RefusalKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.puente.refusal.RefusedException;

/**
 * Decides whether an uploaded file is one of the formats the repository keeps. The type is sniffed from the bytes
 * (Tika's magic numbers and container detection), never taken from the name: a ".pdf" that is really a ZIP or a
 * program is refused with a sentence that says what it really is.
 */
@Component
class FileInspector {

	/** Accepted extensions and the types their content must be sniffed as. */
	static final Map<String, Set<String>> ACCEPTED = Map.of(
			"pdf", Set.of("application/pdf"),
			"docx", Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
			"odt", Set.of("application/vnd.oasis.opendocument.text"),
			"xlsx", Set.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
			"txt", Set.of("text/plain"),
			"md", Set.of("text/plain", "text/markdown", "text/x-web-markdown"),
			"markdown", Set.of("text/plain", "text/markdown", "text/x-web-markdown"));

	private final Tika tika = new Tika();

	private final DataSize maxSize;

	FileInspector(@Value("${puente.documents.max-size:50MB}") DataSize maxSize) {
		this.maxSize = maxSize;
	}

	/** The sniffed media type of an acceptable file; refuses anything else with 413, 415 or 422. */
	String inspect(UploadedFile file) {
		if (file.bytes().length == 0) {
			throw new RefusedException(RefusalKind.INVALID, "documents.upload.empty");
		}
		if (file.bytes().length > maxSize.toBytes()) {
			throw new RefusedException(RefusalKind.TOO_LARGE, "documents.upload.tooLarge",
					maxSize.toMegabytes());
		}
		String extension = extension(file.fileName());
		Set<String> expected = ACCEPTED.get(extension);
		if (expected == null) {
			throw new RefusedException(RefusalKind.UNSUPPORTED_TYPE, "documents.upload.unsupported",
					file.fileName());
		}
		String detected = detect(file.bytes());
		if (!expected.contains(detected)) {
			throw new RefusedException(RefusalKind.UNSUPPORTED_TYPE, "documents.upload.mismatch",
					file.fileName(), detected);
		}
		return detected;
	}

	String detect(byte[] bytes) {
		try (TikaInputStream stream = TikaInputStream.get(bytes)) {
			return tika.detect(stream).toLowerCase(Locale.ROOT).replaceFirst(";.*$", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
	}
}

package org.puente.documents;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.web.UploadLimit;
import org.springframework.stereotype.Component;

/**
 * Decides whether an uploaded file is one of the formats the repository keeps. The type is sniffed from the bytes
 * ({@link FileTypes}), never taken from the name: a ".pdf" that is really a ZIP or a
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

	/** The one limit, PUENTE_MAX_UPLOAD, that the upload forms and their script say too (here it had its own setting). */
	private final UploadLimit maxSize;

	FileInspector(UploadLimit maxSize) {
		this.maxSize = maxSize;
	}

	/** The sniffed media type of an acceptable file; refuses anything else with 413, 415 or 422. */
	String inspect(UploadedFile file) {
		if (file.bytes().length == 0) {
			throw new RefusedException(RefusalKind.INVALID, "documents.upload.empty");
		}
		if (file.bytes().length > maxSize.bytes()) {
			throw new RefusedException(RefusalKind.TOO_LARGE, "documents.upload.tooLarge",
					maxSize.megabytes());
		}
		String extension = extension(file.fileName());
		Set<String> expected = ACCEPTED.get(extension);
		if (expected == null) {
			throw new RefusedException(RefusalKind.UNSUPPORTED_TYPE, "documents.upload.unsupported",
					file.fileName());
		}
		String detected = FileTypes.detect(file.bytes());
		if (!expected.contains(detected)) {
			throw new RefusedException(RefusalKind.UNSUPPORTED_TYPE, "documents.upload.mismatch",
					file.fileName(), detected);
		}
		return detected;
	}

	static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
	}
}

package org.puente.documents;

import java.util.Locale;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.pipes.PipesResult;
import org.jspecify.annotations.Nullable;

/**
 * What a parser child's answer means for the person who sent the file: read (perhaps cut at the write limit), or
 * refused for a reason they can act on. A child that ran out of memory was fed a bomb, whatever the format.
 */
final class ParseOutcome {

	private ParseOutcome() {
	}

	/** The reason nothing can be given, or null when the text was read. */
	static UnreadableFileException.@Nullable Reason failure(PipesResult result) {
		return switch (result.getStatus()) {
			case PARSE_SUCCESS -> null;
			case PARSE_SUCCESS_WITH_EXCEPTION -> truncated(result) && !bomb(result.getMessage()) ? null
					: reasonFor(result.getMessage());
			case OOM -> UnreadableFileException.Reason.BOMB;
			case TIMEOUT, CLIENT_UNAVAILABLE_WITHIN_MS, INTERRUPTED_EXCEPTION -> UnreadableFileException.Reason.TIMEOUT;
			case PARSE_EXCEPTION_NO_EMIT, PARSE_EXCEPTION_EMIT, FETCH_EXCEPTION -> reasonFor(result.getMessage());
			default -> UnreadableFileException.Reason.CORRUPT;
		};
	}

	/** Whether the write limit stopped the parse (the text up to it is kept). */
	static boolean truncated(PipesResult result) {
		String stack = result.getMessage();
		boolean limit = stack != null && stack.contains("WriteLimitReachedException");
		boolean cut = result.getEmitData() != null && !result.getEmitData().getMetadataList().isEmpty()
				&& "true".equals(result.getEmitData().getMetadataList().get(0).get(ParserOutputCap.CUT));
		return limit || cut;
	}

	/** A short cause for the log: the first line of the child's stack trace, or the status. */
	static String cause(PipesResult result) {
		String message = result.getMessage();
		if (message == null || message.isBlank()) {
			return result.getStatus().name();
		}
		return message.lines().findFirst().orElse("").strip();
	}

	static UnreadableFileException.Reason reasonFor(@Nullable String stack) {
		String text = stack == null ? "" : stack;
		String lower = text.toLowerCase(Locale.ROOT);
		if (text.contains("EncryptedDocumentException") || lower.contains("password")
				|| lower.contains("encrypt")) {
			return UnreadableFileException.Reason.ENCRYPTED;
		}
		if (bomb(text)) {
			return UnreadableFileException.Reason.BOMB;
		}
		if (text.contains("ZeroByteFileException")) {
			return UnreadableFileException.Reason.EMPTY;
		}
		return UnreadableFileException.Reason.CORRUPT;
	}

	/** POI's and commons-compress's words for an archive that inflates too much, or a child out of memory. */
	private static boolean bomb(@Nullable String stack) {
		if (stack == null) {
			return false;
		}
		String lower = stack.toLowerCase(Locale.ROOT);
		return lower.contains("zip bomb") || lower.contains("zipbomb") || lower.contains("outofmemoryerror")
				|| lower.contains("max size of the expanded data") || lower.contains("expansion ratio")
				|| lower.contains("maxfilecount") || lower.contains("too many entries")
				|| lower.contains("exceeds the maximum") && lower.contains("zip");
	}

	static Metadata metadata(PipesResult result) {
		return result.getEmitData().getMetadataList().get(0);
	}
}

package org.puente.documents;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A file {@link TextReader} could not read, with the reason a person is told (bundle key {@link #messageKey()}). */
public class UnreadableFileException extends Exception {

	/** Why nothing could be read. */
	public enum Reason {

		EMPTY, ENCRYPTED, BOMB, CORRUPT, TIMEOUT;

		/** The documents bundle's sentence for this reason. */
		public String messageKey() {
			return this == EMPTY ? "documents.upload.empty" : "documents.extraction." + name().toLowerCase(Locale.ROOT);
		}
	}

	private final Reason reason;

	public UnreadableFileException(Reason reason, String message, @Nullable Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	public String messageKey() {
		return reason.messageKey();
	}
}

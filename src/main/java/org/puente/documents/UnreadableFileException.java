package org.puente.documents;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;

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

	/**
	 * The kind of refusal for a request that read the file while the person waited: too large for a file that
	 * unpacks to more than the server reads (413), invalid for one that cannot be read as it is (422).
	 */
	public RefusalKind kind() {
		return reason == Reason.BOMB ? RefusalKind.TOO_LARGE : RefusalKind.INVALID;
	}

	/** The refusal to throw from a page or API that read the file synchronously (a page or problem report). */
	public RefusedException refusal() {
		return new RefusedException(kind(), messageKey());
	}
}

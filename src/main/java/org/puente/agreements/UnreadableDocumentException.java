package org.puente.agreements;

import org.jspecify.annotations.Nullable;

/** The file could not be read as text: missing, corrupt, encrypted or of a format Tika does not know. */
public class UnreadableDocumentException extends Exception {

	public UnreadableDocumentException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}
}

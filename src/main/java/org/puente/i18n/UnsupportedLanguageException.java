package org.puente.i18n;

/** Someone asked for a language Puente does not offer (for instance {@code ?lang=de}). */
public class UnsupportedLanguageException extends RuntimeException {

	private final String requested;

	UnsupportedLanguageException(String requested) {
		super("Unsupported language: " + requested);
		this.requested = requested;
	}

	public String requested() {
		return requested;
	}
}

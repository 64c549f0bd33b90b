package org.puente.refusal;

/**
 * A business rule's 409 because the record changed since the version the caller saw (a review's step, a
 * consultation's closing, an agreement's progress report): the sentence of the module, and the version stored now.
 */
public class ChangedSinceException extends RefusedException implements StaleVersion {

	private final long currentVersion;

	public ChangedSinceException(String messageKey, long currentVersion, Object... arguments) {
		super(RefusalKind.CONFLICT, messageKey, arguments);
		this.currentVersion = currentVersion;
	}

	@Override
	public long currentVersion() {
		return currentVersion;
	}
}

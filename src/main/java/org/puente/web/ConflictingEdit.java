package org.puente.web;

/**
 * Someone else saved the record a script was changing: {@link ErrorPages} answers with a 409 problem report whose
 * sentence is {@code messageKey}, with the stored version ({@code currentVersion}) and the stored values of the
 * fields that differ from what was sent ({@code current}), so the script can decide and send again.
 */
final class ConflictingEdit extends RuntimeException {

	private final transient EditConflict conflict;

	private final String messageKey;

	ConflictingEdit(EditConflict conflict, String messageKey) {
		super("overtaken: now at version " + conflict.current());
		this.conflict = conflict;
		this.messageKey = messageKey;
	}

	EditConflict conflict() {
		return conflict;
	}

	String messageKey() {
		return messageKey;
	}
}

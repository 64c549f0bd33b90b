package org.puente.refusal;

/** The thing asked for does not exist (or the person may not know it exists). */
public class NotFoundException extends RefusedException {

	/** @param messageKey the bundle key of the sentence shown to the person, e.g. {@code meetings.notFound} */
	public NotFoundException(String messageKey) {
		super(RefusalKind.NOT_FOUND, messageKey);
	}
}

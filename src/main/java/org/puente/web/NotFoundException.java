package org.puente.web;

/** The thing asked for does not exist (or the person may not know it exists): answered with 404. */
public class NotFoundException extends RuntimeException {

	private final String messageKey;

	/** @param messageKey the bundle key of the sentence shown to the person, e.g. {@code meetings.notFound} */
	public NotFoundException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}

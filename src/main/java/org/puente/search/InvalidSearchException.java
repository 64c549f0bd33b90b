package org.puente.search;

/**
 * A search that cannot be run as typed: too long, no words left once operators are set aside, a malformed filter
 * or page. Carries the message key (in the search bundle) and its arguments, so the page and the API can say what
 * to change in the reader's language.
 */
public class InvalidSearchException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public InvalidSearchException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}

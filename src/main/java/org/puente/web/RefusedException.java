package org.puente.web;

import org.springframework.http.HttpStatus;

/**
 * A request that is understood but refused by a business rule (a transition not allowed now, a duplicate, a late
 * answer). Carries the status to answer with and the bundle key of the sentence to show.
 */
public class RefusedException extends RuntimeException {

	private final HttpStatus status;

	private final String messageKey;

	private final Object[] arguments;

	public RefusedException(HttpStatus status, String messageKey, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public HttpStatus status() {
		return status;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}

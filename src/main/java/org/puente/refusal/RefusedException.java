package org.puente.refusal;

/**
 * A request that is understood but refused by a business rule. Carries the kind of refusal and the bundle key of
 * the sentence to show, with its arguments.
 */
public class RefusedException extends RuntimeException {

	private final RefusalKind kind;

	private final String messageKey;

	private final Object[] arguments;

	public RefusedException(RefusalKind kind, String messageKey, Object... arguments) {
		super(messageKey);
		this.kind = kind;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public RefusalKind kind() {
		return kind;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}

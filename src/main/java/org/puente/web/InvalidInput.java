package org.puente.web;

import java.util.List;

import org.springframework.validation.BindingResult;

/**
 * Mistakes in what a client that asks for JSON sent — a form's fields, a file's lines: {@link ErrorPages} answers
 * with a 422 problem report whose sentence is {@code messageKey} and whose {@code errors} member lists each mistake
 * (line, field, code, sentence), instead of the page shown again.
 */
public final class InvalidInput extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	private final transient List<Mistake> mistakes;

	/**
	 * @param messageKey the sentence about them all ("the file has 3 problems"), with its {@code arguments}
	 */
	public InvalidInput(List<Mistake> mistakes, String messageKey, Object... arguments) {
		super(mistakes.size() + " mistakes: " + messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
		this.mistakes = List.copyOf(mistakes);
	}

	/** Refuses what a client sent (422) when it holds any of these mistakes; else nothing. */
	public static void throwIfAny(List<Mistake> mistakes) {
		if (!mistakes.isEmpty()) {
			throw new InvalidInput(mistakes, "error.422.message");
		}
	}

	/** A bound form's mistakes (a form's script, or an API bound to the form's object). */
	public InvalidInput(BindingResult errors) {
		this(errors.getAllErrors().stream().map(Mistake::of).toList(), "error.422.message");
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments.clone();
	}

	List<Mistake> mistakes() {
		return mistakes;
	}
}

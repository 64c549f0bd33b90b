package org.puente.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * A refused change as a page shows it again: the kind of refusal, the sentence (bundle key and arguments) and the
 * refusal itself when a business rule raised it ({@code null} when someone else saved first). A page turns it into
 * its sentence with {@code messages.getMessage(refusal, locale)}.
 */
public record Refusal(RefusalKind kind, String messageKey, List<@Nullable Object> arguments,
		@Nullable RefusedException cause) implements MessageSourceResolvable {

	static Refusal of(RefusedException refused) {
		return new Refusal(refused.kind(), refused.messageKey(), java.util.Arrays.asList(refused.arguments()), refused);
	}

	/** Someone else saved the same record first: what this person typed is kept, theirs is not lost. */
	static Refusal overtaken() {
		return new Refusal(RefusalKind.CONFLICT, "error.conflict.message", List.of(), null);
	}

	public HttpStatus status() {
		return RefusalStatus.of(kind);
	}

	/** The arguments as the message source and {@code #messages.msgWithParams} take them. */
	public Object[] args() {
		return arguments.toArray();
	}

	@Override
	public String[] getCodes() {
		return new String[] { messageKey };
	}

	@Override
	public Object[] getArguments() {
		return args();
	}
}

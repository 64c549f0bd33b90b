package org.puente.notifications;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One e-mail to send: already written in the recipients' {@code language} by the capability that knows what happened
 * (the mail says so in its Content-Language, the outbox in its pages' {@code lang}).
 * Attachments are small (an .ics, a PDF report). {@code unsubscribe} gives a recipient who may switch this kind of
 * mail off their own one-click address: their copy then carries RFC 8058's {@code List-Unsubscribe} headers.
 */
public record Notice(List<String> to, String subject, String text, List<Attachment> attachments,
		Map<String, String> unsubscribe, Locale language) {

	public Notice {
		to = List.copyOf(to);
		attachments = List.copyOf(attachments);
		unsubscribe = Map.copyOf(unsubscribe);
	}

	public Notice(List<String> to, String subject, String text, List<Attachment> attachments, Locale language) {
		this(to, subject, text, attachments, Map.of(), language);
	}

	public Notice(String to, String subject, String text, Locale language) {
		this(List.of(to), subject, text, List.of(), language);
	}

	/** The same notice, whose copy to {@code recipient} carries {@code address} as its one-click unsubscribe. */
	public Notice unsubscribing(String recipient, String address) {
		Map<String, String> addresses = new HashMap<>(unsubscribe);
		addresses.put(recipient, address);
		return new Notice(to, subject, text, attachments, addresses, language);
	}

	/** A file sent with the notice. */
	public record Attachment(String filename, String contentType, byte[] content) {
	}
}

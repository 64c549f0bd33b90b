package org.puente.notifications;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One e-mail to send: already written in the recipient's language by the capability that knows what happened.
 * Attachments are small (an .ics, a PDF report). {@code unsubscribe} gives a recipient who may switch this kind of
 * mail off their own one-click address: their copy then carries RFC 8058's {@code List-Unsubscribe} headers.
 */
public record Notice(List<String> to, String subject, String text, List<Attachment> attachments,
		Map<String, String> unsubscribe) {

	public Notice {
		to = List.copyOf(to);
		attachments = List.copyOf(attachments);
		unsubscribe = Map.copyOf(unsubscribe);
	}

	public Notice(List<String> to, String subject, String text, List<Attachment> attachments) {
		this(to, subject, text, attachments, Map.of());
	}

	public Notice(String to, String subject, String text) {
		this(List.of(to), subject, text, List.of());
	}

	/** The same notice, whose copy to {@code recipient} carries {@code address} as its one-click unsubscribe. */
	public Notice unsubscribing(String recipient, String address) {
		Map<String, String> addresses = new HashMap<>(unsubscribe);
		addresses.put(recipient, address);
		return new Notice(to, subject, text, attachments, addresses);
	}

	/** A file sent with the notice. */
	public record Attachment(String filename, String contentType, byte[] content) {
	}
}

package org.puente.notifications;

import java.util.List;

/**
 * One e-mail to send: already written in the recipient's language by the capability that knows what happened.
 * Attachments are small (an .ics, a PDF report).
 */
public record Notice(List<String> to, String subject, String text, List<Attachment> attachments) {

	public Notice {
		to = List.copyOf(to);
		attachments = List.copyOf(attachments);
	}

	public Notice(String to, String subject, String text) {
		this(List.of(to), subject, text, List.of());
	}

	/** A file sent with the notice. */
	public record Attachment(String filename, String contentType, byte[] content) {
	}
}

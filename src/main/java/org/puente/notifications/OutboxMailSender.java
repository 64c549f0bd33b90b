package org.puente.notifications;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Keeps outgoing mail in the database instead of sending it, for the demo and development runs that have no SMTP
 * server: a person can still read every notice Puente would have sent, at /admin/outbox.
 */
class OutboxMailSender extends JavaMailSenderImpl {

	private final JdbcTemplate jdbc;

	OutboxMailSender(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
		for (MimeMessage message : mimeMessages) {
			try {
				message.saveChanges();
				ByteArrayOutputStream raw = new ByteArrayOutputStream();
				message.writeTo(raw);
				List<String> attachments = new ArrayList<>();
				String text = text(message, attachments);
				String recipients = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.map(Object::toString)
					.collect(Collectors.joining(", "));
				jdbc.update("insert into outbox_message (recipients, subject, body, attachment_names, mime, language) "
						+ "values (?, ?, ?, ?, ?, ?)", recipients, message.getSubject(), text,
						String.join(", ", attachments), raw.toByteArray(), message.getHeader("Content-Language", null));
			}
			catch (MessagingException | IOException ex) {
				throw new MailPreparationException("Could not keep the message in the outbox", ex);
			}
		}
	}

	private static String text(Part part, List<String> attachments) throws MessagingException, IOException {
		if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.getFileName() != null) {
			attachments.add(part.getFileName());
			return "";
		}
		if (part.isMimeType("text/plain")) {
			return String.valueOf(part.getContent());
		}
		if (part.getContent() instanceof Multipart multipart) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				text.append(text(child, attachments));
			}
			return text.toString();
		}
		return "";
	}
}

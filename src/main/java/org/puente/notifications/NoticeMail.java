package org.puente.notifications;

import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Writes one recipient's copy of a notice and hands it to the mail server (or the outbox). */
@Component
class NoticeMail {

	/** The longest error kept: the server's answer, not a novel. */
	private static final int ERROR_LENGTH = 300;

	private final JavaMailSender mail;

	private final String from;

	NoticeMail(JavaMailSender mail, @Value("${puente.mail.from}") String from) {
		this.mail = mail;
		this.from = from;
	}

	/** A notice's subject and text, and the language they are in (null for a notice written before it was kept). */
	record Words(String subject, String text, @Nullable String language) {
	}

	/**
	 * @param unsubscribe the recipient's one-click unsubscribe address, or null for a mail one cannot switch off
	 * @throws Exception whatever the mail server or the message's writing answered
	 */
	void send(String to, Words words, List<Notice.Attachment> attachments, @Nullable String unsubscribe)
			throws Exception {
		MimeMessage message = mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
		helper.setFrom(from);
		// one message per recipient: a refused address fails its own copy only, and no one sees the others' addresses
		helper.setTo(to);
		helper.setSubject(words.subject());
		helper.setText(words.text(), false);
		if (words.language() != null) {
			// RFC 3282: mail programs, screen readers and the outbox's pages read the text in its own language
			message.setHeader("Content-Language", words.language());
		}
		for (Notice.Attachment a : attachments) {
			helper.addAttachment(a.filename(), new ByteArrayResource(a.content()), a.contentType());
		}
		if (unsubscribe != null) {
			// RFC 2369 and RFC 8058: the mail program shows "Unsubscribe" and POSTs "List-Unsubscribe=One-Click" to
			// the address, without opening a page; large providers ask bulk senders for both headers
			message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		mail.send(message);
	}

	/**
	 * What the page and the log show of a failure: the innermost cause's first line (the server's answer, "550 5.1.1
	 * mailbox unavailable"), cut short. Never the stack trace; the SMTP password is in no message JavaMail writes.
	 */
	static String describe(Throwable failure) {
		Throwable cause = failure;
		for (int depth = 0; depth < 10; depth++) {
			Throwable next = inner(cause);
			if (next == null || next == cause) {
				break;
			}
			cause = next;
		}
		String text = cause.getMessage() == null || cause.getMessage().isBlank() ? cause.getClass().getSimpleName()
				: cause.getMessage().strip();
		text = text.lines().findFirst().orElse(text).strip();
		return text.length() > ERROR_LENGTH ? text.substring(0, ERROR_LENGTH) + "…" : text;
	}

	/** Spring keeps JavaMail's failure aside, and JavaMail chains the server's answer as the "next" exception. */
	private static @Nullable Throwable inner(Throwable failure) {
		if (failure instanceof MailSendException send && send.getMessageExceptions().length > 0) {
			return send.getMessageExceptions()[0];
		}
		if (failure instanceof MessagingException messaging && messaging.getNextException() != null) {
			return messaging.getNextException();
		}
		return failure.getCause();
	}
}

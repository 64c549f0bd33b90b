package org.puente.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/** Sends notices by e-mail. A failure to send is logged and reported, never lost silently nor fatal to the caller. */
@Service
public class Notices {

	private static final Logger LOG = LoggerFactory.getLogger(Notices.class);

	private final JavaMailSender mail;

	private final String from;

	Notices(JavaMailSender mail, @Value("${puente.mail.from}") String from) {
		this.mail = mail;
		this.from = from;
	}

	/** @return whether the message was handed to the mail server (or the outbox) */
	public boolean send(Notice notice) {
		if (notice.to().isEmpty()) {
			return false;
		}
		try {
			MimeMessage message = mail.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, !notice.attachments().isEmpty(), "UTF-8");
			helper.setFrom(from);
			helper.setTo(notice.to().toArray(String[]::new));
			helper.setSubject(notice.subject());
			helper.setText(notice.text(), false);
			for (Notice.Attachment a : notice.attachments()) {
				helper.addAttachment(a.filename(), new ByteArrayResource(a.content()), a.contentType());
			}
			mail.send(message);
			return true;
		}
		catch (MessagingException | MailException ex) {
			LOG.warn("Could not send \"{}\" to {}: {}", notice.subject(), notice.to(), ex.getMessage());
			return false;
		}
	}
}

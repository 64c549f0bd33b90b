package org.puente.consultations;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.puente.accounts.AccountSummary;
import org.puente.notifications.Notice;
import org.puente.notifications.Notices;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The e-mails of a consultation, each written in its recipient's language. */
@Component
class ConsultationNotices {

	private final Notices notices;

	private final MessageSource messages;

	private final String baseUrl;

	ConsultationNotices(Notices notices, MessageSource messages, @Value("${puente.base-url}") String baseUrl) {
		this.notices = notices;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	void sent(Consultation consultation, List<AccountSummary> to) {
		to.forEach(a -> send(a, consultation, "consultations.notice.sent"));
	}

	void reminder(Consultation consultation, List<AccountSummary> to) {
		to.forEach(a -> send(a, consultation, "consultations.notice.reminder"));
	}

	void reopened(Consultation consultation, List<AccountSummary> to) {
		to.forEach(a -> send(a, consultation, "consultations.notice.reopened"));
	}

	private void send(AccountSummary recipient, Consultation consultation, String key) {
		Locale locale = Locale.forLanguageTag(recipient.language());
		String title = consultation.title(locale);
		String deadline = consultation.getDeadline().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(locale));
		String policy = messages.getMessage("consultations.latePolicy." + consultation.getLatePolicy() + ".explained",
				new Object[] { deadline }, locale);
		String link = baseUrl + "/consultations/" + consultation.getId() + "/answer";
		String subject = messages.getMessage(key + ".subject", new Object[] { title }, locale);
		String text = messages.getMessage(key + ".text",
				new Object[] { recipient.displayName(), title, deadline, policy, link }, locale);
		notices.send(new Notice(recipient.email(), subject, text));
	}
}

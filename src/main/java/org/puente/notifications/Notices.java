package org.puente.notifications;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Sends notices by e-mail. A notice is recorded with one delivery per recipient in the caller's transaction and sent
 * once that commits ({@link NoticeDeliveries}): a recipient the mail server refuses is tried again with a growing
 * delay, the others get exactly one mail, and a delivery that keeps failing is shown to the administrators
 * (/admin/deliveries). A failure to send is never lost silently nor fatal to the caller.
 */
@Service
public class Notices {

	private final NoticeDeliveries deliveries;

	private final MessageSource messages;

	Notices(NoticeDeliveries deliveries, MessageSource messages) {
		this.deliveries = deliveries;
		this.messages = messages;
	}

	/**
	 * @return whether the notice was accepted for delivery: sent, or to be sent (again) once the caller's transaction
	 * commits; false only for a notice to nobody
	 */
	public boolean send(Notice notice) {
		if (notice.to().isEmpty()) {
			return false;
		}
		deliveries.record(notice);
		return true;
	}

	/**
	 * One mail to each person, in their own language: the subject and the body are the messages {@code subjectKey}
	 * and {@code bodyKey}, both given the {@code arguments} written for that person in that language (each message
	 * uses the ones it needs). An address shared by two people gets one mail, in the first one's language; a person
	 * without an address, none. Each is a notice of its own, so a refused address delays nobody else's mail.
	 * @return how many mails were sent
	 */
	public <T extends Addressee> int sendEach(Collection<? extends T> people, String subjectKey, String bodyKey,
			BiFunction<T, Locale, Object[]> arguments) {
		Map<String, T> byAddress = new LinkedHashMap<>();
		for (T person : people) {
			if (person.email() != null && !person.email().isBlank()) {
				byAddress.putIfAbsent(person.email(), person);
			}
		}
		for (T person : byAddress.values()) {
			Locale locale = Locale.forLanguageTag(person.language());
			Object[] args = arguments.apply(person, locale);
			send(new Notice(person.email(), messages.getMessage(subjectKey, args, locale),
					messages.getMessage(bodyKey, args, locale), locale));
		}
		return byAddress.size();
	}
}

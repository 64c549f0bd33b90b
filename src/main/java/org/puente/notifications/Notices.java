package org.puente.notifications;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
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
	 * uses the ones it needs), ending with why they receive it (the message {@code reasonKey} names for them, {@link
	 * #why}) and carrying the one-click address that stops this kind of notice for them ({@code unsubscribe}). As
	 * {@link #writeEach}.
	 * @return how many mails were sent
	 */
	public <T extends Addressee> int sendEach(Collection<? extends T> people, String subjectKey, String bodyKey,
			BiFunction<T, Locale, Object[]> arguments, Function<T, String> reasonKey,
			Function<T, Notice.Unsubscribe> unsubscribe) {
		return writeEach(people, (person, locale) -> letter(subjectKey, bodyKey, locale, arguments.apply(person, locale))
			.because(why(reasonKey.apply(person), locale)).unsubscribing(unsubscribe.apply(person)));
	}

	/** A letter whose subject and body are the messages {@code subjectKey} and {@code bodyKey}, given the same arguments. */
	public Letter letter(String subjectKey, String bodyKey, Locale locale, Object... arguments) {
		return new Letter(messages.getMessage(subjectKey, arguments, locale),
				messages.getMessage(bodyKey, arguments, locale));
	}

	/**
	 * Why a person receives a notice, for its last lines: the reason {@code reasonKey} says ("because your country is
	 * asked…"), then that their account page or their mail program's "Unsubscribe" stops this kind of notice (the
	 * letter carries the address, {@link Letter#unsubscribing}).
	 */
	public String why(String reasonKey, Locale locale) {
		return messages.getMessage(reasonKey, null, locale) + " "
				+ messages.getMessage("notifications.notice.stop", null, locale);
	}

	/**
	 * One mail to each person, in their own language, as {@code letter} writes it for them. An address shared by two
	 * people gets one mail, in the first one's language; a person without an address, none. Each is a notice of its
	 * own, so a refused address delays nobody else's mail.
	 * @return how many mails were sent
	 */
	public <T extends Addressee> int writeEach(Collection<? extends T> people, BiFunction<T, Locale, Letter> letter) {
		Map<String, T> byAddress = new LinkedHashMap<>();
		for (T person : people) {
			if (person.email() != null && !person.email().isBlank()) {
				byAddress.putIfAbsent(person.email(), person);
			}
		}
		for (T person : byAddress.values()) {
			Locale locale = Locale.forLanguageTag(person.language());
			Letter written = letter.apply(person, locale);
			Notice notice = new Notice(List.of(person.email()), written.subject(), written.text(),
					written.attachments(), locale);
			send(written.unsubscribe() == null ? notice : notice.unsubscribing(person.email(), written.unsubscribe()));
		}
		return byAddress.size();
	}

	/**
	 * What one person's mail says: its subject and text, the files it carries (a meeting's .ics) and what the one-click
	 * address that switches this kind of mail off for them is made of (null for a mail one cannot switch off).
	 */
	public record Letter(String subject, String text, List<Notice.Attachment> attachments,
			Notice.@Nullable Unsubscribe unsubscribe) {

		public Letter {
			attachments = List.copyOf(attachments);
		}

		public Letter(String subject, String text) {
			this(subject, text, List.of(), null);
		}

		/** The same letter with {@code file} attached. */
		public Letter attaching(Notice.Attachment file) {
			List<Notice.Attachment> files = new ArrayList<>(attachments);
			files.add(file);
			return new Letter(subject, text, files, unsubscribe);
		}

		/** The same letter, ending with why it is sent ({@link Notices#why}). */
		public Letter because(String why) {
			return new Letter(subject, text + "\n\n" + why, attachments, unsubscribe);
		}

		/** The same letter, which the mail program's "Unsubscribe" switches off at {@code address} (RFC 8058). */
		public Letter unsubscribing(Notice.Unsubscribe address) {
			return new Letter(subject, text, attachments, address);
		}
	}
}

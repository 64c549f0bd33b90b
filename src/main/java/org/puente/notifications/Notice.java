package org.puente.notifications;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One e-mail to send: already written in the recipients' {@code language} by the capability that knows what happened
 * (the mail says so in its Content-Language, the outbox in its pages' {@code lang}).
 * Attachments are small (an .ics, a PDF report). {@code unsubscribe} gives a recipient who may switch this kind of
 * mail off what their own one-click address is made of: their copy then carries RFC 8058's {@code List-Unsubscribe}
 * headers, with the address signed when that copy is sent ({@link UnsubscribeAddresses}).
 */
public record Notice(List<String> to, String subject, String text, List<Attachment> attachments,
		Map<String, Unsubscribe> unsubscribe, Locale language) {

	/**
	 * Written in a letter's text where the reader's own one-click address belongs (the digest's "to stop receiving
	 * it" line): the sending attempt puts the copy's signed unsubscribe address in its place, the same as its
	 * List-Unsubscribe header, signed at that moment ({@link UnsubscribeAddresses}). A link to the account page needed
	 * a sign-in for a setting the mail program's "Unsubscribe" changes without one; one token, not a second mechanism.
	 * A person who types the marker into a text that reaches a mail only gets their own address in their own copy.
	 */
	public static final String UNSUBSCRIBE_ADDRESS = "{unsubscribe-address}";

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

	/** The same notice, whose copy to {@code recipient} carries the one-click unsubscribe {@code address}. */
	public Notice unsubscribing(String recipient, Unsubscribe address) {
		Map<String, Unsubscribe> addresses = new HashMap<>(unsubscribe);
		addresses.put(recipient, address);
		return new Notice(to, subject, text, attachments, addresses, language);
	}

	/**
	 * What a one-click unsubscribe address is made of, not yet signed: the kind of mail it switches off ({@code
	 * choice}, its part of the address: "digest"), whose account, and for a mail one receives because one follows
	 * something, what is followed ({@code subject}: the meeting, the agreement; the address stops following it). It
	 * is kept with each queued copy and signed only when the copy is sent, so a mail waiting for a retry, or queued
	 * while the signing key was replaced, goes out with a link under the key of that moment.
	 */
	public record Unsubscribe(String choice, UUID account, @Nullable UUID subject) {

		public Unsubscribe(String choice, UUID account) {
			this(choice, account, null);
		}
	}

	/** A file sent with the notice. */
	public record Attachment(String filename, String contentType, byte[] content) {
	}
}

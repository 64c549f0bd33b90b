package org.puente.accounts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.puente.audit.AuditedChange;
import org.puente.audit.AuditedEntity;
import org.puente.notifications.Notice;
import org.puente.notifications.UnsubscribeAddresses;
import org.puente.web.SiteAddress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-click unsubscribe address of a person's mail (RFC 8058's List-Unsubscribe): {@code
 * /unsubscribe/digest/<account>/<signature>} for a kind of mail switched off on the account page, {@code
 * /unsubscribe/meeting/<account>/<meeting>/<signature>} for the mails of something followed ({@link Follows}), signed with HMAC-SHA256 under a key kept in the database, so that a
 * link written on one node works on all and nobody can switch off someone else's mail by changing the account in it.
 * An administrator replacing the key (/admin/mail-links) revokes every link written before, on every node at once.
 * It opens without signing in, as a mail program's one-click POST must.
 * <p>
 * A mail is given what its address is made of when it is queued ({@link #unsubscribe}) and the address is signed when
 * it is sent ({@link #address(Notice.Unsubscribe)}), so every mail sent after a replacement carries a link that works,
 * however long it waited and whenever its transaction committed.
 */
@Component
public class UnsubscribeLinks implements UnsubscribeAddresses {

	private static final String ALGORITHM = "HmacSHA256";

	private final JdbcTemplate jdbc;

	private final SiteAddress site;

	private final ApplicationEventPublisher events;

	UnsubscribeLinks(JdbcTemplate jdbc, SiteAddress site, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.site = site;
		this.events = events;
	}

	/** What the address that switches {@code choice} off for the account is made of, for a mail to be sent. */
	public Notice.Unsubscribe unsubscribe(MailChoice choice, UUID accountId) {
		return new Notice.Unsubscribe(choice.path(), accountId);
	}

	/**
	 * The address that stops the notices of {@code subject}, which the account receives because it follows it (a
	 * meeting, an agreement: {@link Follows#kind()}), for a mail to be sent.
	 */
	public Notice.Unsubscribe unfollow(String kind, UUID accountId, UUID subject) {
		return new Notice.Unsubscribe(kind, accountId, subject);
	}

	/**
	 * The full address of a mail being sent, signed with the key of this moment, read in the sending attempt, with the
	 * mail's language, so its page speaks the mail's language whatever the browser it opens in. The key is not locked
	 * meanwhile: a copy being handed to the mail server while an administrator replaces the key is one sent before the
	 * replacement, as those already sent, and holding the key would make the replacement wait for a mail server that
	 * does not answer.
	 */
	@Override
	public String address(Notice.Unsubscribe unsubscribe, @Nullable String language) {
		String path;
		if (unsubscribe.subject() == null) {
			MailChoice choice = MailChoice.byPath(unsubscribe.choice()).orElseThrow(
					() -> new IllegalArgumentException("No mail choice is called " + unsubscribe.choice()));
			path = path(choice, unsubscribe.account());
		}
		else {
			path = followPath(unsubscribe.choice(), unsubscribe.account(), unsubscribe.subject());
		}
		return site.link(language == null ? path : path + "?lang=" + Locale.forLanguageTag(language).getLanguage());
	}

	String path(MailChoice choice, UUID accountId) {
		return "/unsubscribe/" + choice.path() + "/" + accountId + "/" + signature(signed(choice, accountId), key());
	}

	String followPath(String kind, UUID accountId, UUID subject) {
		return "/unsubscribe/" + kind + "/" + accountId + "/" + subject + "/"
				+ signature(signed(kind, accountId, subject), key());
	}

	/** Whether the signature is the one this followed subject's address gets (compared in constant time). */
	boolean genuine(String kind, UUID accountId, UUID subject, String signature) {
		return matches(signature(signed(kind, accountId, subject), key()), signature);
	}

	/** Whether it is the signature the key replaced last gave this followed subject's address. */
	boolean withdrawn(String kind, UUID accountId, UUID subject, String signature) {
		return withdrawn(signed(kind, accountId, subject), signature);
	}

	/** Whether the signature is the one this choice and account get (compared in constant time). */
	boolean genuine(MailChoice choice, UUID accountId, String signature) {
		return matches(signature(signed(choice, accountId), key()), signature);
	}

	/**
	 * Whether the signature is the one the key replaced last gave: a link in a mail sent before the replacement,
	 * which no longer switches anything off (the page says so, rather than that the address never existed).
	 */
	boolean withdrawn(MailChoice choice, UUID accountId, String signature) {
		return withdrawn(signed(choice, accountId), signature);
	}

	private boolean withdrawn(String signed, String signature) {
		List<byte[]> previous = jdbc.queryForList(
				"select previous_secret from mail_link_key where id = 1 and previous_secret is not null", byte[].class);
		return !previous.isEmpty() && matches(signature(signed, previous.get(0)), signature);
	}

	private static boolean matches(String expected, String signature) {
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

	/** The key's state for the administrators' page: its generation and when it was last replaced (null: never). */
	record KeyState(int generation, @Nullable Instant replacedAt) {
	}

	KeyState state() {
		key();
		return jdbc.queryForObject("select generation, replaced_at from mail_link_key where id = 1",
				(row, n) -> new KeyState(row.getInt(1), row.getObject(2, OffsetDateTime.class) == null ? null
						: row.getObject(2, OffsetDateTime.class).toInstant()));
	}

	/**
	 * A new key in place of generation {@code seen}'s, for every node at once (they read it at each use): every link
	 * written so far stops working. False, and nothing done, if another administrator replaced it meanwhile.
	 */
	@Transactional
	boolean replace(int seen) {
		key();
		boolean replaced = jdbc.update("update mail_link_key set previous_secret = secret, secret = ?, "
				+ "replaced_at = now(), generation = generation + 1 where id = 1 and generation = ?", fresh(), seen) == 1;
		if (replaced) {
			// never the key itself in the trail: its generation, before and after
			events.publishEvent(new AccountEvents.UnsubscribeKeyReplaced(AuditedChange
				.updated(AuditedEntity.MAIL_LINK_KEY, 1, "Unsubscribe link key replaced")
				.before(Map.of("generation", seen)).after(Map.of("generation", seen + 1))));
		}
		return replaced;
	}

	/** What a switch's address signs: "digest:<account>", as since the first links. */
	private static String signed(MailChoice choice, UUID accountId) {
		return choice.path() + ":" + accountId;
	}

	/** What a followed subject's address signs: "meeting:<account>:<meeting>". */
	private static String signed(String kind, UUID accountId, UUID subject) {
		return kind + ":" + accountId + ":" + subject;
	}

	private static String signature(String signed, byte[] key) {
		try {
			Mac hmac = Mac.getInstance(ALGORITHM);
			hmac.init(new SecretKeySpec(key, ALGORITHM));
			byte[] mac = hmac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", ex);
		}
	}

	/**
	 * The key, read from the database at each use and never kept by a node: every node signs and checks with the
	 * same key, and a key replaced (by an administrator, {@link #replace}) is the one all nodes use from then on,
	 * without a restart. The first node that needs one makes it; the others' inserts do nothing.
	 */
	private byte[] key() {
		List<byte[]> known = jdbc.queryForList("select secret from mail_link_key where id = 1", byte[].class);
		if (!known.isEmpty()) {
			return known.get(0);
		}
		jdbc.update("insert into mail_link_key (id, secret) values (1, ?) on conflict do nothing", (Object) fresh());
		return jdbc.queryForObject("select secret from mail_link_key where id = 1", byte[].class);
	}

	private static byte[] fresh() {
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		return fresh;
	}
}

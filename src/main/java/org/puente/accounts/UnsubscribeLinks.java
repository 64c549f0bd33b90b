package org.puente.accounts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.puente.web.SiteAddress;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one-click unsubscribe address of a person's mail (RFC 8058's List-Unsubscribe): {@code
 * /unsubscribe/digest/<account>/<signature>}, signed with HMAC-SHA256 under a key kept in the database, so that a
 * link written on one node works on all and nobody can switch off someone else's mail by changing the account in it.
 * Replacing the key in the database revokes every link written before, on every node at once.
 * It opens without signing in, as a mail program's one-click POST must.
 */
@Component
public class UnsubscribeLinks {

	private static final String ALGORITHM = "HmacSHA256";

	private final JdbcTemplate jdbc;

	private final SiteAddress site;

	UnsubscribeLinks(JdbcTemplate jdbc, SiteAddress site) {
		this.jdbc = jdbc;
		this.site = site;
	}

	/** The full address that switches {@code choice} off for the account. */
	public String address(MailChoice choice, UUID accountId) {
		return site.link(path(choice, accountId));
	}

	String path(MailChoice choice, UUID accountId) {
		return "/unsubscribe/" + choice.path() + "/" + accountId + "/" + signature(choice, accountId);
	}

	/** Whether the signature is the one this choice and account get (compared in constant time). */
	boolean genuine(MailChoice choice, UUID accountId, String signature) {
		return MessageDigest.isEqual(signature(choice, accountId).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

	private String signature(MailChoice choice, UUID accountId) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(key(), ALGORITHM));
			byte[] signed = mac.doFinal((choice.path() + ":" + accountId).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", ex);
		}
	}

	/**
	 * The key, read from the database at each use and never kept by a node: every node signs and checks with the
	 * same key, and a key replaced in the database (to revoke every link written so far) is the one all nodes use
	 * from then on, without a restart. The first node that needs one makes it; the others' inserts do nothing.
	 */
	private byte[] key() {
		List<byte[]> known = jdbc.queryForList("select secret from mail_link_key where id = 1", byte[].class);
		if (!known.isEmpty()) {
			return known.get(0);
		}
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		jdbc.update("insert into mail_link_key (id, secret) values (1, ?) on conflict do nothing", (Object) fresh);
		return jdbc.queryForObject("select secret from mail_link_key where id = 1", byte[].class);
	}
}

package org.puente.accounts;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.puente.audit.AuditedChange;
import org.puente.audit.AuditedEntity;
import org.puente.digest.Sha256;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tokens of password reset links. A token is random (256 bits) and only its SHA-256 is stored, so reading the
 * database gives no working link; it is good once, for {@code puente.password-reset.lifetime}, and only while it is
 * its account's latest.
 */
@Component
class ResetTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Duration lifetime;

	ResetTokens(JdbcTemplate jdbc, ApplicationEventPublisher events,
			@Value("${puente.password-reset.lifetime:30m}") Duration lifetime) {
		this.jdbc = jdbc;
		this.events = events;
		this.lifetime = lifetime;
	}

	Duration lifetime() {
		return lifetime;
	}

	/** A new token for the account, which replaces its earlier ones. @return the token, to be mailed and forgotten */
	String issue(UUID accountId) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		forget(accountId);
		jdbc.update("insert into password_reset (token_hash, account_id, expires_at) values (?, ?, ?)",
				Sha256.hex(token), accountId, Timestamp.from(Instant.now().plus(lifetime)));
		return token;
	}

	/**
	 * The account whose password the token may set now, or empty; a token found expired is deleted and its expiry
	 * audited, once.
	 */
	@Transactional
	Optional<UUID> holder(String token) {
		if (!plausible(token)) {
			return Optional.empty();
		}
		List<Map<String, Object>> rows = jdbc.queryForList(
				"select account_id, expires_at > now() as live from password_reset where token_hash = ?",
				Sha256.hex(token));
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		UUID account = (UUID) rows.get(0).get("account_id");
		if (!Boolean.TRUE.equals(rows.get(0).get("live"))) {
			if (jdbc.update("delete from password_reset where token_hash = ?", Sha256.hex(token)) == 1) {
				// the row's account exists: a deleted account takes its links with it
				events.publishEvent(new AccountEvents.ProfileChanged(account,
						AuditedChange.updated(AuditedEntity.ACCOUNT, account, "Password reset link expired")));
			}
			return Optional.empty();
		}
		return Optional.of(account);
	}

	/**
	 * Uses the token up if it is still good, in the same statement that checks it (two nodes receiving it at once
	 * cannot both accept it). @return the account it was good for, or empty
	 */
	Optional<UUID> spend(String token) {
		if (!plausible(token)) {
			return Optional.empty();
		}
		return jdbc.queryForList(
				"delete from password_reset where token_hash = ? and expires_at > now() returning account_id",
				UUID.class, Sha256.hex(token)).stream().findFirst();
	}

	/** Every token of the account stops working. */
	void forget(UUID accountId) {
		jdbc.update("delete from password_reset where account_id = ?", accountId);
	}

	/** Our tokens are 43 URL-safe characters; anything else is not looked up. */
	private static boolean plausible(String token) {
		return token.matches("[A-Za-z0-9_-]{43}");
	}
}

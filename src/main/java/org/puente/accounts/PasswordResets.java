package org.puente.accounts;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;
import org.puente.audit.AuditedChange;
import org.puente.audit.AuditedEntity;
import org.puente.digest.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A forgotten password, reset by a link sent to the account's address. The link's token is random (256 bits) and
 * only its SHA-256 is stored; it is good once, for {@code puente.password-reset.lifetime}, and only while it is the
 * account's latest. Requests are counted per typed name or address and per client address in the database (every
 * node sees the same counts), and whoever asks gets the same answer whether the account exists or not.
 */
@Service
class PasswordResets {

	private static final Logger LOG = LoggerFactory.getLogger(PasswordResets.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	/** The window the request limits count in. */
	static final Duration WINDOW = Duration.ofHours(1);

	/** What became of a new password sent with a link. */
	enum Outcome {
		/** Set; the account's sessions are ended and its owner is told by mail. */
		CHANGED,
		/** The link is unknown, used, replaced by a later one or expired. */
		GONE
	}

	private final AccountRepository accounts;

	private final JdbcTemplate jdbc;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final PasswordMail mail;

	private final AccountSessions sessions;

	private final SignInThrottle throttle;

	private final Duration lifetime;

	private final int perName;

	private final int perClient;

	private final Executor background;

	private final TransactionTemplate transaction;

	PasswordResets(AccountRepository accounts, JdbcTemplate jdbc, PasswordEncoder passwords,
			ApplicationEventPublisher events, PasswordMail mail, AccountSessions sessions, SignInThrottle throttle,
			@Value("${puente.password-reset.lifetime:30m}") Duration lifetime,
			@Value("${puente.password-reset.per-name:3}") int perName,
			@Value("${puente.password-reset.per-client:10}") int perClient,
			@Qualifier("applicationTaskExecutor") Executor background, PlatformTransactionManager transactions) {
		this.background = background;
		this.transaction = new TransactionTemplate(transactions);
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.events = events;
		this.mail = mail;
		this.sessions = sessions;
		this.throttle = throttle;
		this.lifetime = lifetime;
		this.perName = perName;
		this.perClient = perClient;
	}

	Duration lifetime() {
		return lifetime;
	}

	/**
	 * Counts a request for a link, unless this name or address, or this client, already asked its share within the
	 * hour. @return whether the request is admitted
	 */
	@Transactional
	boolean admit(String typed, String client) {
		String name = nameKey(typed);
		String from = "client:" + client;
		Instant since = Instant.now().minus(WINDOW);
		if (requests(name, since) >= perName || requests(from, since) >= perClient) {
			return false;
		}
		jdbc.update("insert into password_reset_request (key) values (?), (?)", name, from);
		jdbc.update("delete from password_reset_request where requested_at < ?",
				Timestamp.from(Instant.now().minus(Duration.ofDays(1))));
		return true;
	}

	/**
	 * Sends a link to the account named by {@code typed} (its name or address), if there is such an enabled account;
	 * otherwise does nothing, and says nothing. Earlier links of the account stop working. On another thread, in a
	 * transaction of its own, so that whoever asked waits as long whether or not the account exists.
	 */
	void issueLater(String typed, String client) {
		background.execute(() -> {
			try {
				transaction.executeWithoutResult(status -> issue(typed, client));
			}
			catch (RuntimeException ex) {
				LOG.error("Could not issue a password reset link", ex);
			}
		});
	}

	private void issue(String typed, String client) {
		String wanted = typed.strip();
		Optional<Account> found = accounts.findByUsername(wanted).or(() -> accounts.findByEmail(wanted));
		if (found.isEmpty() || !found.get().isEnabled()) {
			return;
		}
		Account account = found.get();
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.update("delete from password_reset where account_id = ?", account.getId());
		jdbc.update("insert into password_reset (token_hash, account_id, expires_at) values (?, ?, ?)",
				Sha256.hex(token), account.getId(), Timestamp.from(Instant.now().plus(lifetime)));
		mail.resetLink(account, token, lifetime);
		// whoever asked is not signed in and may not be the account's owner: the actor is Puente
		audit(AuditedChange.updated(AuditedEntity.ACCOUNT, account.getId(),
				"Password reset link sent (asked from " + client + ")"), account);
	}

	/**
	 * The account whose password a link may set now, or empty; a link found expired is deleted and its expiry
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
				accounts.findById(account)
					.ifPresent(a -> audit(AuditedChange.updated(AuditedEntity.ACCOUNT, a.getId(),
							"Password reset link expired"), a));
			}
			return Optional.empty();
		}
		return Optional.of(account);
	}

	/**
	 * The key of the reason a new password is refused (the same rules as a change), or null. The link is not used up
	 * by a refusal.
	 */
	static @Nullable String refusal(String replacement, String confirmation) {
		if (replacement.length() < AccountManagement.MIN_PASSWORD) {
			return "accounts.save.passwordTooShort";
		}
		if (!replacement.equals(confirmation)) {
			return "accounts.password.mismatch";
		}
		return null;
	}

	/**
	 * Sets the new password if the link is still good, using it up in the same statement that checks it (two nodes
	 * receiving it at once cannot both accept it); ends every session of the account and tells its owner.
	 */
	@Transactional
	Outcome reset(String token, String replacement) {
		if (!plausible(token)) {
			return Outcome.GONE;
		}
		List<UUID> used = jdbc.queryForList(
				"delete from password_reset where token_hash = ? and expires_at > now() returning account_id",
				UUID.class, Sha256.hex(token));
		Optional<Account> found = used.isEmpty() ? Optional.empty() : accounts.findById(used.get(0));
		if (found.isEmpty() || !found.get().isEnabled()) {
			return Outcome.GONE;
		}
		Account account = found.get();
		account.setPasswordHash(passwords.encode(replacement));
		jdbc.update("delete from password_reset where account_id = ?", account.getId());
		// whoever guessed or stole the old password is signed out everywhere, and its owner may sign in at once
		sessions.end(account.getUsername(), null);
		throttle.clear(account.getUsername());
		throttle.clear(account.getEmail());
		mail.passwordChanged(account);
		// whoever holds the link acts as the account's owner
		audit(AuditedChange.updated(AuditedEntity.ACCOUNT, account.getId(), "Password reset with a mailed link")
			.by(account.getUsername()), account);
		return Outcome.CHANGED;
	}

	private int requests(String key, Instant since) {
		Integer count = jdbc.queryForObject(
				"select count(*) from password_reset_request where key = ? and requested_at >= ?", Integer.class, key,
				Timestamp.from(since));
		return count == null ? 0 : count;
	}

	private void audit(AuditedChange change, Account account) {
		events.publishEvent(new AccountEvents.ProfileChanged(account.getId(), change));
	}

	/** The typed name or address as counted: the same person typing "ST-CRM " and "st-crm" asks twice, not once. */
	private static String nameKey(String typed) {
		return "name:" + typed.strip().toLowerCase(Locale.ROOT);
	}

	/** Our tokens are 43 URL-safe characters; anything else is not looked up. */
	private static boolean plausible(String token) {
		return token.matches("[A-Za-z0-9_-]{43}");
	}
}

package org.puente.accounts;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.puente.audit.AuditedChange;
import org.puente.audit.AuditedEntity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A forgotten password, set anew with a mailed link: the link's token is spent ({@link ResetTokens}), the account's
 * sessions end everywhere and its owner is told. Asking for a link is {@link ResetLinks}, limited by {@link
 * ResetRequestLimits}.
 */
@Service
class PasswordResets {

	/** What became of a new password sent with a link. */
	enum Outcome {
		/** Set; the account's sessions are ended and its owner is told by mail. */
		CHANGED,
		/** The link is unknown, used, replaced by a later one or expired. */
		GONE
	}

	private final AccountRepository accounts;

	private final ResetTokens tokens;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final PasswordMail mail;

	private final AccountSessions sessions;

	private final SignInThrottle throttle;

	PasswordResets(AccountRepository accounts, ResetTokens tokens, PasswordEncoder passwords,
			ApplicationEventPublisher events, PasswordMail mail, AccountSessions sessions, SignInThrottle throttle) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
		this.events = events;
		this.mail = mail;
		this.sessions = sessions;
		this.throttle = throttle;
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
	 * Sets the new password if the link is still good, using it up; ends every session of the account and tells its
	 * owner.
	 */
	@Transactional
	Outcome reset(String token, String replacement) {
		Optional<Account> found = tokens.spend(token).flatMap(accounts::findById);
		// no password for an account that signs in only through single sign-on, even with a link made before the rule
		if (found.isEmpty() || !found.get().isEnabled() || found.get().getPasswordHash() == null) {
			return Outcome.GONE;
		}
		Account account = found.get();
		account.setPasswordHash(passwords.encode(replacement));
		tokens.forget(account.getId());
		// whoever guessed or stole the old password is signed out everywhere, and its owner may sign in at once
		sessions.end(account.getUsername(), null);
		throttle.clear(account.getUsername());
		throttle.clear(account.getEmail());
		mail.passwordChanged(account);
		// whoever holds the link acts as the account's owner
		events.publishEvent(new AccountEvents.ProfileChanged(account.getId(), AuditedChange
			.updated(AuditedEntity.ACCOUNT, account.getId(), "Password reset with a mailed link")
			.by(account.getUsername())));
		return Outcome.CHANGED;
	}
}

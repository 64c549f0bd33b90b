package org.puente.accounts;

import java.util.Optional;

import org.puente.audit.AuditedChange;
import org.puente.audit.AuditedEntity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The last step of a reset: the link's token is spent, the password set, the sessions ended, the owner told. */
@Component
class ResetCompletion {

	private final AccountRepository accounts;

	private final ResetTokens tokens;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final PasswordMail mail;

	private final AccountSessions sessions;

	private final SignInThrottle throttle;

	ResetCompletion(AccountRepository accounts, ResetTokens tokens, PasswordEncoder passwords,
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
	 * Sets the new password if the link is still good, using it up; ends every session of the account and tells its
	 * owner.
	 */
	@Transactional
	PasswordResets.Outcome reset(String token, String replacement) {
		Optional<Account> found = tokens.spend(token).flatMap(accounts::findById);
		// no password for an account that signs in only through single sign-on, even with a link made before the rule
		if (found.isEmpty() || !found.get().isEnabled() || found.get().getPasswordHash() == null) {
			return PasswordResets.Outcome.GONE;
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
		return PasswordResets.Outcome.CHANGED;
	}
}

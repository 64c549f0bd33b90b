package org.puente.accounts;

import java.util.Optional;
import java.util.concurrent.Executor;

import org.puente.audit.AuditedChange;
import org.puente.audit.AuditedEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a password reset link to the account a person names, after they have had their answer: whoever asks gets
 * the same answer, after the same time, whether the account exists or not, and whether it may have a password.
 */
@Component
class ResetLinks {

	private static final Logger LOG = LoggerFactory.getLogger(ResetLinks.class);

	private final AccountRepository accounts;

	private final ResetTokens tokens;

	private final PasswordMail mail;

	private final ApplicationEventPublisher events;

	private final Executor background;

	private final TransactionTemplate transaction;

	ResetLinks(AccountRepository accounts, ResetTokens tokens, PasswordMail mail, ApplicationEventPublisher events,
			@Qualifier("applicationTaskExecutor") Executor background, PlatformTransactionManager transactions) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.mail = mail;
		this.events = events;
		this.background = background;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Sends a link to the account named by {@code typed} (its name or address), if there is such an enabled account
	 * that signs in with a password; otherwise does nothing, and says nothing. Earlier links of the account stop working. On another thread, in a
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
		if (account.getPasswordHash() == null) {
			// an account that signs in only through single sign-on has no password to forget, and a reset would give
			// it one the identity provider does not know of (a way in that outlives the provider's account): no link,
			// no mail, the same answer to whoever asked, and the refusal in the audit log
			audit(account, "Password reset refused: single sign-on only (asked from " + client + ")");
			return;
		}
		mail.resetLink(account, tokens.issue(account.getId()), tokens.lifetime());
		audit(account, "Password reset link sent (asked from " + client + ")");
	}

	/** Whoever asked is not signed in and may not be the account's owner: the actor is Puente. */
	private void audit(Account account, String summary) {
		events.publishEvent(new AccountEvents.ProfileChanged(account.getId(),
				AuditedChange.updated(AuditedEntity.ACCOUNT, account.getId(), summary)));
	}
}

package org.puente.accounts;

import java.time.Instant;

import org.puente.audit.AuditAction;
import org.puente.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins per account and locks it after {@value Account#MAX_FAILED_ATTEMPTS} in a row. */
@Component
class SignInAttempts {

	private final AccountRepository accounts;

	private final AuditTrail audit;

	SignInAttempts(AccountRepository accounts, AuditTrail audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@EventListener
	@Transactional
	void on(AuthenticationFailureBadCredentialsEvent failure) {
		String name = String.valueOf(failure.getAuthentication().getPrincipal()).strip();
		accounts.findByUsername(name).or(() -> accounts.findByEmail(name)).ifPresent(account -> {
			account.signInFailed(Instant.now());
			if (account.lockedAt(Instant.now())) {
				audit.record(AuditAction.LOGIN_LOCKED, "accounts", "Account", account.getId(),
						"Account " + account.getUsername() + " locked after repeated failed sign-ins", null, null,
						false);
			}
		});
	}

	@EventListener
	@Transactional
	void on(AuthenticationSuccessEvent success) {
		if (success.getAuthentication().getPrincipal() instanceof SignedInAccount user) {
			accounts.findById(user.accountId()).ifPresent(Account::signedIn);
		}
	}
}

package org.puente.accounts;

import java.util.UUID;

import org.puente.audit.AuditableEvent;
import org.puente.audit.AuditedChange;

/** What happens to accounts, in the past tense (the audit trail records each one; no secret is ever in it). */
public final class AccountEvents {

	private AccountEvents() {
	}

	/** An administrator created an account or changed its details, role or password. */
	public record AccountSaved(UUID accountId, AuditedChange audited) implements AuditableEvent {
	}

	/** An administrator lifted the sign-in delay of an account. */
	public record AccountUnlocked(UUID accountId, AuditedChange audited) implements AuditableEvent {
	}

	/** A member changed their own settings: password, private calendar address, weekly digest. */
	public record ProfileChanged(UUID accountId, AuditedChange audited) implements AuditableEvent {
	}

	/** An administrator replaced the key of the mails' unsubscribe links: every link sent before stopped working. */
	public record UnsubscribeKeyReplaced(AuditedChange audited) implements AuditableEvent {
	}

	/** Someone signed in, failed to, or signed out (the account and the outcome; never a password). */
	public record SignIn(String account, AuditedChange audited) implements AuditableEvent {
	}
}

package org.puente.accounts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditedChange;
import org.puente.audit.AuditedEntity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes who signed in, who failed to and who signed out in the audit trail, so that an administrator sees on
 * /admin/audit who was in Puente when: the account (its id; a typed name that is no account is written as "?", since it may be a mistyped password), the way
 * (password form, single sign-on or HTTP Basic) and the outcome — never a password. Refused HTTP Basic sign-ins of
 * scripts are written like the form's (SignInRefusals); successful ones are not, since scripts sign in on every call.
 */
@Component
class SignInAudit {

	/** Who a refused sign-in is written as when the typed name is no account. */
	static final String UNKNOWN_ACCOUNT = "?";

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	SignInAudit(Accounts accounts, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.events = events;
	}

	@Transactional
	public void signedIn(Authentication who, String way) {
		write(AuditAction.SIGN_IN, who.getName(), accounts.byUsername(who.getName()), way, "SIGNED_IN", "Signed in");
	}

	/**
	 * A refused sign-in of the name typed from {@code address}. A password-guessing script would write an entry per
	 * try: the first few of one name from one address are written one by one, then one entry per few minutes counts
	 * the rest ("12 refused sign-ins … between 18:02 and 18:07", {@link AuditedChange#foldedBy}), so the log stays
	 * readable and bounded.
	 */
	@Transactional
	public void failed(@Nullable String typedName, String way, AuthenticationException why, String address) {
		// A name that is no account may be a password typed in the wrong field: it is not kept as typed.
		String typed = typedName == null ? "" : typedName.strip();
		Optional<AccountSummary> account = accounts.byUsername(typed);
		String outcome = why instanceof SignInThrottledException ? "THROTTLED" : "REFUSED";
		String name = account.isPresent() ? typed : UNKNOWN_ACCOUNT;
		Map<String, Object> after = state(name, way, outcome);
		after.put("address", address);
		events.publishEvent(new AccountEvents.SignIn(name, AuditedChange
			.of(AuditAction.SIGN_IN_FAILED, AuditedEntity.ACCOUNT, id(name, account),
					"Sign-in refused: " + name + " from " + address)
			.after(after).by(name).foldedBy("sign-in:" + name.toLowerCase(java.util.Locale.ROOT) + "@" + address)));
	}

	@Transactional
	public void signedOut(Authentication who) {
		write(AuditAction.SIGN_OUT, who.getName(), accounts.byUsername(who.getName()), "session", "SIGNED_OUT",
				"Signed out");
	}

	private void write(AuditAction action, String name, Optional<AccountSummary> account, String way, String outcome,
			String summary) {
		events.publishEvent(new AccountEvents.SignIn(name, AuditedChange
			.of(action, AuditedEntity.ACCOUNT, id(name, account), summary + ": " + name)
			.after(state(name, way, outcome)).by(name)));
	}

	private static String id(String name, Optional<AccountSummary> account) {
		return account.map(a -> a.id().toString()).orElse(name);
	}

	private static Map<String, Object> state(String name, String way, String outcome) {
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("account", name);
		after.put("way", way);
		after.put("outcome", outcome);
		return after;
	}
}

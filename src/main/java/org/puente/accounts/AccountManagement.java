package org.puente.accounts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedChange;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.refusal.SeenVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and changing accounts, each change audited, with the rules a role imposes (conference, country). */
@Service
class AccountManagement {

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final SignInThrottle throttle;

	AccountManagement(AccountRepository accounts, PasswordEncoder passwords, ApplicationEventPublisher events,
			SignInThrottle throttle) {
		this.throttle = throttle;
		this.accounts = accounts;
		this.passwords = passwords;
		this.events = events;
	}

	/** Creates (id null) or updates an account; a broken rule is refused with a 409 and its reason. */
	@Transactional
	void save(@Nullable UUID id, AccountForm form) {
		String refusal = refusal(id, form);
		if (refusal != null) {
			throw new RefusedException(RefusalKind.CONFLICT, refusal);
		}
		Account account;
		Map<String, Object> before = null;
		if (id == null) {
			account = new Account(form.username(), form.email(), form.displayName(), form.role());
		}
		else {
			account = accounts.findById(id).orElseThrow();
			SeenVersion.require(form.version(), account.getVersion(), Account.class, id);
			before = state(account);
		}
		account.setUsername(form.username());
		account.setEmail(form.email());
		account.setDisplayName(form.displayName());
		account.setRole(form.role());
		account.setProcessCode(blankToNull(form.processCode()));
		account.setCountryIso2(blankToNull(form.countryIso2()));
		account.setOrganisationCode(form.role() == Role.OBSERVER ? blankToNull(form.organisationCode()) : null);
		account.setLanguage(form.language());
		account.setEnabled(form.enabled());
		if (form.password() != null && !form.password().isBlank()) {
			account.setPasswordHash(passwords.encode(form.password()));
		}
		accounts.saveAndFlush(account);
		events.publishEvent(new AccountEvents.AccountSaved(account.getId(), AuditedChange
			.saved(id == null, AuditedEntity.ACCOUNT, account.getId(), "Account " + account.getUsername())
			.before(before).after(state(account))));
	}

	/** Lifts the sign-in delay of an account's name, for its owner who waits behind someone else's guesses. */
	@Transactional
	void unlock(UUID id) {
		Account account = accounts.findById(id).orElseThrow();
		throttle.clear(account.getUsername());
		throttle.clear(account.getEmail());
		events.publishEvent(new AccountEvents.AccountUnlocked(id, AuditedChange.updated(AuditedEntity.ACCOUNT, id,
				"Account " + account.getUsername() + ": sign-in delay lifted")));
	}

	private @Nullable String refusal(@Nullable UUID id, AccountForm form) {
		var sameName = accounts.findByUsername(form.username());
		if (sameName.isPresent() && !sameName.get().getId().equals(id)) {
			return "accounts.save.duplicateUsername";
		}
		var sameMail = accounts.findByEmail(form.email());
		if (sameMail.isPresent() && !sameMail.get().getId().equals(id)) {
			return "accounts.save.duplicateEmail";
		}
		if (form.role() == Role.SECRETARIAT && blankToNull(form.processCode()) == null) {
			return "accounts.save.secretariatNeedsProcess";
		}
		if (form.role() == Role.FOCAL_POINT && blankToNull(form.countryIso2()) == null) {
			return "accounts.save.focalPointNeedsCountry";
		}
		if (id == null && (form.password() == null || form.password().length() < 12)) {
			return "accounts.save.passwordTooShort";
		}
		if (form.password() != null && !form.password().isBlank() && form.password().length() < 12) {
			return "accounts.save.passwordTooShort";
		}
		return null;
	}

	/** The person changes their own password; the key of the reason when refused, otherwise null. */
	@Transactional
	@Nullable String changePassword(UUID accountId, String current, String replacement, String confirmation) {
		Account account = accounts.findById(accountId).orElseThrow();
		if (account.getPasswordHash() == null || !passwords.matches(current, account.getPasswordHash())) {
			return "accounts.password.wrongCurrent";
		}
		if (replacement.length() < 12) {
			return "accounts.save.passwordTooShort";
		}
		if (!replacement.equals(confirmation)) {
			return "accounts.password.mismatch";
		}
		account.setPasswordHash(passwords.encode(replacement));
		events.publishEvent(new AccountEvents.ProfileChanged(account.getId(),
				AuditedChange.updated(AuditedEntity.ACCOUNT, account.getId(), "Password changed")));
		return null;
	}

	/** The person switches their weekly digest on or off (nothing is recorded when it does not change). */
	@Transactional
	void chooseWeeklyDigest(UUID accountId, boolean weeklyDigest) {
		choose(accountId, weeklyDigest, Account::isWeeklyDigest, Account::setWeeklyDigest, "Weekly digest");
	}

	/** An observer switches the notices of their organisation's meetings on or off (recorded only when it changes). */
	@Transactional
	void chooseMeetingNotices(UUID accountId, boolean meetingNotices) {
		choose(accountId, meetingNotices, Account::isMeetingNotices, Account::setMeetingNotices, "Meeting notices");
	}

	/** What a person chooses to be sent, switched on or off: audited as "Weekly digest switched on", when it changes. */
	private void choose(UUID accountId, boolean on, java.util.function.Predicate<Account> current,
			java.util.function.BiConsumer<Account, Boolean> set, String what) {
		Account account = accounts.findById(accountId).orElseThrow();
		if (current.test(account) != on) {
			set.accept(account, on);
			events.publishEvent(new AccountEvents.ProfileChanged(account.getId(), AuditedChange
				.updated(AuditedEntity.ACCOUNT, account.getId(), what + (on ? " switched on" : " switched off"))
				.before(!on).after(on)));
		}
	}

	private static Map<String, Object> state(Account a) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("username", a.getUsername());
		state.put("email", a.getEmail());
		state.put("displayName", a.getDisplayName());
		state.put("role", a.getRole());
		state.put("processCode", a.getProcessCode());
		state.put("countryIso2", a.getCountryIso2());
		state.put("organisationCode", a.getOrganisationCode());
		state.put("language", a.getLanguage());
		state.put("enabled", a.isEnabled());
		return state;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}

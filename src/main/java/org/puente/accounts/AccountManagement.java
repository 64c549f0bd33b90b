package org.puente.accounts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedChange;
import org.puente.i18n.ZoneNames;
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

	/** The shortest password accepted, wherever one is chosen. */
	static final int MIN_PASSWORD = 12;

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final SignInThrottle throttle;

	private final AccountSessions sessions;

	private final PasswordMail mail;

	AccountManagement(AccountRepository accounts, PasswordEncoder passwords, ApplicationEventPublisher events,
			SignInThrottle throttle, AccountSessions sessions, PasswordMail mail) {
		this.throttle = throttle;
		this.sessions = sessions;
		this.mail = mail;
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
		// a new password or a disabled account signs out whoever was signed in with the old one (walk 9); the
		// sessions are indexed by the name they signed in with, the one before this save
		boolean newPassword = form.password() != null && !form.password().isBlank();
		String signedInAs = account.getUsername();
		boolean endSessions = id != null && (newPassword || (account.isEnabled() && !form.enabled()));
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
		if (endSessions) {
			sessions.endOthers(signedInAs);
		}
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
		if (id == null && (form.password() == null || form.password().length() < MIN_PASSWORD)) {
			return "accounts.save.passwordTooShort";
		}
		if (form.password() != null && !form.password().isBlank() && form.password().length() < MIN_PASSWORD) {
			return "accounts.save.passwordTooShort";
		}
		return null;
	}

	/**
	 * The person changes their own password; the key of the reason when refused, otherwise null. Their other sessions
	 * end (a session stolen with the old password with them) and a mail tells them, in case it was not them.
	 */
	@Transactional
	@Nullable String changePassword(UUID accountId, String current, String replacement, String confirmation) {
		Account account = accounts.findById(accountId).orElseThrow();
		if (account.getPasswordHash() == null || !passwords.matches(current, account.getPasswordHash())) {
			return "accounts.password.wrongCurrent";
		}
		String refusal = PasswordResets.refusal(replacement, confirmation);
		if (refusal != null) {
			return refusal;
		}
		account.setPasswordHash(passwords.encode(replacement));
		sessions.endOthers(account.getUsername());
		mail.passwordChanged(account);
		events.publishEvent(new AccountEvents.ProfileChanged(account.getId(),
				AuditedChange.updated(AuditedEntity.ACCOUNT, account.getId(), "Password changed")));
		return null;
	}

	/** The person switches their weekly digest on or off (nothing is recorded when it does not change). */
	@Transactional
	void chooseWeeklyDigest(UUID accountId, boolean weeklyDigest) {
		choose(accountId, weeklyDigest, MailChoice.DIGEST);
	}

	/**
	 * The one-click unsubscribe of a mail's link (RFC 8058), or its page's undo ({@code again}), made without signing
	 * in: audited as the account's own choice, and told apart from a choice made on the account page.
	 */
	@Transactional
	void unsubscribe(UUID accountId, MailChoice choice, boolean again) {
		Account account = accounts.findById(accountId).orElseThrow();
		if (choice.chosen(account) != again) {
			choice.set(account, again);
			events.publishEvent(new AccountEvents.ProfileChanged(account.getId(), AuditedChange
				.updated(AuditedEntity.ACCOUNT, account.getId(),
						choice.audited() + (again ? " switched on again" : " switched off") + " from the mail's link")
				.before(!again).after(again).by(account.getUsername())));
		}
	}

	/** An observer switches the notices of their organisation's meetings on or off (recorded only when it changes). */
	@Transactional
	void chooseMeetingNotices(UUID accountId, boolean meetingNotices) {
		choose(accountId, meetingNotices, MailChoice.MEETING_NOTICES);
	}

	/**
	 * The zone a person reads times in, or null for their country's or conference's: audited with the zone before
	 * and after. Refused (422 at its field) for a name that is not a region of the IANA database.
	 */
	@Transactional
	Account chooseTimeZone(UUID accountId, @Nullable String zone) {
		Account account = accounts.findById(accountId).orElseThrow();
		String chosen = zone == null || zone.isBlank() ? null : zone.strip();
		if (chosen != null && ZoneNames.known(chosen) == null) {
			throw new RefusedException(RefusalKind.INVALID, "accounts.timeZone.unknown");
		}
		if (!java.util.Objects.equals(chosen, account.getTimeZone())) {
			String before = account.getTimeZone();
			account.setTimeZone(chosen);
			events.publishEvent(new AccountEvents.ProfileChanged(account.getId(), AuditedChange
				.updated(AuditedEntity.ACCOUNT, account.getId(), "Time zone chosen")
				.before(before).after(chosen)));
		}
		return account;
	}

	/** What a person chooses to be sent, switched on or off: audited as "Weekly digest switched on", when it changes. */
	@Transactional
	void choose(UUID accountId, boolean on, MailChoice choice) {
		Account account = accounts.findById(accountId).orElseThrow();
		if (choice.chosen(account) != on) {
			choice.set(account, on);
			events.publishEvent(new AccountEvents.ProfileChanged(account.getId(), AuditedChange
				.updated(AuditedEntity.ACCOUNT, account.getId(), choice.audited() + (on ? " switched on" : " switched off"))
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

package org.puente.accounts;

import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.LanguageChosen;
import org.puente.refusal.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The accounts API other capabilities use: who is signed in, and whom to notify for a country or conference. */
@Service
public class Accounts {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountRepository accounts;

	private final AccountManagement management;

	private final SignInThrottle throttle;

	private final MemberStates memberStates;

	private final UnsubscribeLinks unsubscribeLinks;

	private final SeatZones seats;

	Accounts(AccountRepository accounts, AccountManagement management, SignInThrottle throttle,
			MemberStates memberStates, UnsubscribeLinks unsubscribeLinks, SeatZones seats) {
		this.seats = seats;
		this.unsubscribeLinks = unsubscribeLinks;
		this.accounts = accounts;
		this.management = management;
		this.throttle = throttle;
		this.memberStates = memberStates;
	}

	private AccountSummary summary(Account account) {
		return account.summary(seats);
	}

	/** Whether failed sign-ins under this name or address make the next one wait. */
	boolean signInDelayed(String nameOrAddress) {
		return throttle.delayed(nameOrAddress);
	}

	/** The signed-in person, or empty for the anonymous public. */
	@Transactional(readOnly = true)
	public Optional<AccountSummary> current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || !(auth.getPrincipal() instanceof SignedInAccount user)) {
			return Optional.empty();
		}
		return accounts.findById(user.accountId()).map(this::summary);
	}

	@Transactional(readOnly = true)
	public Optional<AccountSummary> byId(UUID id) {
		return accounts.findById(id).map(this::summary);
	}

	@Transactional(readOnly = true)
	public Optional<AccountSummary> byUsername(String username) {
		return accounts.findByUsername(username).map(this::summary);
	}

	/** The enabled accounts acting for a country (its focal points), to notify them. */
	@Transactional(readOnly = true)
	public List<AccountSummary> ofCountry(String iso2) {
		return accounts.findByCountryIso2AndEnabledTrue(iso2).stream().map(this::summary).toList();
	}

	/** The enabled secretariat accounts of a conference. */
	@Transactional(readOnly = true)
	public List<AccountSummary> secretariatOf(String processCode) {
		return accounts.findByProcessCodeAndRoleAndEnabledTrue(processCode, Role.SECRETARIAT)
			.stream()
			.map(this::summary)
			.toList();
	}

	/**
	 * The enabled observer accounts of an organisation (by its directory code) that want the meetings' notices: those
	 * a meeting inviting the organisation tells.
	 */
	@Transactional(readOnly = true)
	public List<AccountSummary> observersOf(String organisationCode) {
		return accounts.findByOrganisationCodeAndRoleAndEnabledTrue(organisationCode, Role.OBSERVER).stream()
			.filter(Account::isMeetingNotices)
			.map(this::summary)
			.toList();
	}

	/** Whether an observer acts for an organisation, and so can be told of the meetings that invite it. */
	public boolean actsForOrganisation(UUID accountId) {
		return accounts.findById(accountId).map(a -> a.getOrganisationCode() != null).orElse(false);
	}

	/** Whether the person wants the notices of the meetings their organisation is invited to (yes, unless they said no). */
	public boolean wantsMeetingNotices(UUID accountId) {
		return accounts.findById(accountId).map(Account::isMeetingNotices).orElse(false);
	}

	/** The account a private calendar (or other feed) token belongs to. */
	@Transactional(readOnly = true)
	public Optional<AccountSummary> byFeedToken(String token) {
		return token.isBlank() ? Optional.empty() : accounts.findByCalendarToken(token).map(this::summary);
	}

	/** Issues a new private feed token, revoking the previous one. */
	@Transactional
	public String renewFeedToken(UUID accountId) {
		Account account = accounts.findById(accountId).orElseThrow();
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		account.setCalendarToken(HexFormat.of().formatHex(bytes));
		return account.getCalendarToken();
	}

	@Transactional(readOnly = true)
	public @Nullable String feedToken(UUID accountId) {
		return accounts.findById(accountId).map(Account::getCalendarToken).orElse(null);
	}

	/** Whether the person wants the weekly digest of their due and overdue actions (yes, unless they said no). */
	@Transactional(readOnly = true)
	public boolean wantsWeeklyDigest(UUID accountId) {
		return accounts.findById(accountId).map(a -> a.isEnabled() && a.isWeeklyDigest()).orElse(false);
	}

	/** Whether the person wants this kind of notice (yes, unless they switched it off): asked before writing one. */
	@Transactional(readOnly = true)
	public boolean wants(MailChoice choice, UUID accountId) {
		return accounts.findById(accountId).map(choice::chosen).orElse(false);
	}

	/** The people among {@code people} who want this kind of notice. */
	public java.util.List<AccountSummary> wanting(MailChoice choice, java.util.Collection<AccountSummary> people) {
		return people.stream().filter(p -> wants(choice, p.id())).toList();
	}

	/** The kinds of notice a person of {@code role} may receive beyond the digest and meeting notices, and their state. */
	@Transactional(readOnly = true)
	java.util.Map<MailChoice, Boolean> otherNotices(UUID accountId) {
		Account account = existing(accountId);
		java.util.Map<MailChoice, Boolean> chosen = new java.util.LinkedHashMap<>();
		for (MailChoice choice : MailChoice.values()) {
			if (choice != MailChoice.DIGEST && choice != MailChoice.MEETING_NOTICES && choice.concerns(account.getRole())) {
				chosen.put(choice, choice.chosen(account));
			}
		}
		return chosen;
	}

	void choose(UUID accountId, MailChoice choice, boolean on) {
		management.choose(accountId, on, choice);
	}

	// The administrators' pages of this module read here, and their saves go to AccountManagement (authorised and
	// audited), so that the controllers have this one door and never a repository.

	@Transactional(readOnly = true)
	List<Account> all() {
		return accounts.findAllByOrderByRoleAscUsernameAsc();
	}

	/** One account by id; 404 when there is none. */
	@Transactional(readOnly = true)
	Account existing(UUID id) {
		return accounts.findById(id).orElseThrow(() -> new NotFoundException("accounts.notFound"));
	}

	/** The countries an account of this conference (or of none) may act for, by ISO code. */
	List<String> memberStates(@Nullable String processCode, java.util.Locale locale) {
		return memberStates.memberStates(processCode, locale);
	}

	/** Saves the account; without a language chosen (a new account's form, a script) it reads its country's. */
	void save(@Nullable UUID id, AccountForm form) {
		management.save(id, form.language().isEmpty() ? form.withLanguage(memberStates.languageOf(form.countryIso2()))
				: form);
	}

	void unlock(UUID id) {
		management.unlock(id);
	}

	@Nullable String changePassword(UUID accountId, String current, String replacement, String confirmation) {
		return management.changePassword(accountId, current, replacement, confirmation);
	}

	void chooseWeeklyDigest(UUID accountId, boolean weeklyDigest) {
		management.chooseWeeklyDigest(accountId, weeklyDigest);
	}

	AccountSummary chooseTimeZone(UUID accountId, @Nullable String zone) {
		return summary(management.chooseTimeZone(accountId, zone));
	}

	/** The zone an account's person reads times in (a mail's recipient), or null when unknown. */
	public @Nullable ZoneId zoneOf(UUID accountId) {
		return accounts.findById(accountId).map(a -> a.zone(seats)).orElse(null);
	}

	/** The zone chosen on the account page, or null when the country's or conference's applies. */
	@Nullable String chosenTimeZone(UUID accountId) {
		return accounts.findById(accountId).map(Account::getTimeZone).orElse(null);
	}

	/** The zone of the account's country or conference, or null (the browser's then). */
	@Nullable ZoneId defaultZoneOf(UUID accountId) {
		return accounts.findById(accountId).map(a -> a.defaultZone(seats)).orElse(null);
	}

	void chooseMeetingNotices(UUID accountId, boolean meetingNotices) {
		management.chooseMeetingNotices(accountId, meetingNotices);
	}

	/** Switches the mail off (or, the page's undo, on again) for a mail's unsubscribe address; 404 if unsigned. */
	void unsubscribe(MailChoice choice, UUID accountId, String signature, boolean again) {
		signed(choice, accountId, signature);
		management.unsubscribe(accountId, choice, again);
	}

	/** The account of a followed subject's unsubscribe address Puente signed with its current key; else 404. */
	@Transactional(readOnly = true)
	AccountSummary signedFollower(String kind, UUID accountId, UUID subject, String signature) {
		if (!unsubscribeLinks.genuine(kind, accountId, subject, signature)) {
			throw new NotFoundException("accounts.unsubscribe.notFound");
		}
		return summary(existing(accountId));
	}

	/** Whether a followed subject's unsubscribe address was signed with the key an administrator replaced. */
	boolean unfollowWithdrawn(String kind, UUID accountId, UUID subject, String signature) {
		return !unsubscribeLinks.genuine(kind, accountId, subject, signature)
				&& unsubscribeLinks.withdrawn(kind, accountId, subject, signature);
	}

	String unfollowPath(String kind, UUID accountId, UUID subject) {
		return unsubscribeLinks.followPath(kind, accountId, subject);
	}

	/** Whether the account of a mail's unsubscribe address still receives it; 404 for one Puente did not sign. */
	@Transactional(readOnly = true)
	boolean receives(MailChoice choice, UUID accountId, String signature) {
		signed(choice, accountId, signature);
		return choice.chosen(existing(accountId));
	}

	/**
	 * Whether a mail's unsubscribe address was signed with the key an administrator replaced: it switches nothing off
	 * now, and its page says why (410) rather than that it never existed.
	 */
	boolean unsubscribeWithdrawn(MailChoice choice, UUID accountId, String signature) {
		return !unsubscribeLinks.genuine(choice, accountId, signature)
				&& unsubscribeLinks.withdrawn(choice, accountId, signature);
	}

	/** The unsubscribe links' key: its generation and when an administrator last replaced it. */
	UnsubscribeLinks.KeyState unsubscribeKey() {
		return unsubscribeLinks.state();
	}

	/** Replaces the unsubscribe links' key (audited); false if another administrator replaced generation {@code seen}. */
	boolean replaceUnsubscribeKey(int seen) {
		return unsubscribeLinks.replace(seen);
	}

	String unsubscribePath(MailChoice choice, UUID accountId) {
		return unsubscribeLinks.path(choice, accountId);
	}

	private void signed(MailChoice choice, UUID accountId, String signature) {
		if (!unsubscribeLinks.genuine(choice, accountId, signature)) {
			throw new NotFoundException("accounts.unsubscribe.notFound");
		}
		existing(accountId);
	}

	@EventListener
	@Transactional
	void on(LanguageChosen chosen) {
		accounts.findByUsername(chosen.username()).ifPresent(a -> a.setLanguage(chosen.language().code()));
	}
}

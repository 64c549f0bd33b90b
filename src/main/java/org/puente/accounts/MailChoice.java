package org.puente.accounts;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * The mails a person may choose not to receive, each with its part of the one-click unsubscribe address
 * ({@code /unsubscribe/digest/…}), its anchor on the account page and the words of its audit entries. Every notice
 * mail is one of these or is sent because one follows something ({@link Follows}); only the mails about one's password
 * are none, as a warning that someone changed it must reach its owner.
 */
public enum MailChoice {

	/** The Monday digest of one's due and overdue agreements. */
	DIGEST("digest", "Weekly digest", Account::isWeeklyDigest, Account::setWeeklyDigest, Role.values()),

	/**
	 * The notices of the meetings that concern one: one's conference organises it, one's country takes part, one's
	 * organisation is invited, one answers for one of its agreements. Not those one follows: following a meeting is
	 * a choice made for it, and its mails stop by no longer following it.
	 */
	MEETING_NOTICES("meeting-notices", "Meeting notices", Account::isMeetingNotices, Account::setMeetingNotices,
			Role.values()),

	/** The agreements of a meeting's minutes confirmed (or their new version), to those who must act on them. */
	AGREEMENT_NOTICES("agreement-notices", "Agreement notices", Account::isAgreementNotices,
			Account::setAgreementNotices, Role.SECRETARIAT, Role.FOCAL_POINT),

	/** An agreement one's country or conference answers for is due soon, or overdue. */
	AGREEMENT_REMINDERS("agreement-reminders", "Agreement reminders", Account::isAgreementReminders,
			Account::setAgreementReminders, Role.SECRETARIAT, Role.FOCAL_POINT),

	/** A consultation sent to one's country, its reminder, reopening and closing. */
	CONSULTATION_NOTICES("consultation-notices", "Consultation notices", Account::isConsultationNotices,
			Account::setConsultationNotices, Role.FOCAL_POINT),

	/** An amendment round of a joint text of one's conference opens, closes soon, closed. */
	DRAFTING_NOTICES("drafting-notices", "Amendment round notices", Account::isDraftingNotices,
			Account::setDraftingNotices, Role.SECRETARIAT, Role.FOCAL_POINT),

	/** A flow alarm or watch of one's country (a focal point), or of any country (a secretariat). */
	FLOW_ALERTS("flow-alerts", "Flow alerts", Account::isFlowAlerts, Account::setFlowAlerts, Role.SECRETARIAT,
			Role.FOCAL_POINT),

	/** A good practice submitted for one's review (a secretariat), or one's own returned or published. */
	PRACTICE_NOTICES("practice-notices", "Good practice notices", Account::isPracticeNotices,
			Account::setPracticeNotices, Role.values());

	private final String path;

	private final String audited;

	private final Predicate<Account> chosen;

	private final BiConsumer<Account, Boolean> set;

	private final Set<Role> concerns;

	MailChoice(String path, String audited, Predicate<Account> chosen, BiConsumer<Account, Boolean> set,
			Role... concerns) {
		this.concerns = Set.of(concerns);
		this.path = path;
		this.audited = audited;
		this.chosen = chosen;
		this.set = set;
	}

	/** Its part of the unsubscribe address, and the anchor of its section on the account page. */
	public String path() {
		return path;
	}

	String audited() {
		return audited;
	}

	boolean chosen(Account account) {
		return chosen.test(account);
	}

	void set(Account account, boolean on) {
		set.accept(account, on);
	}

	/** Whether a person of this role may receive it, and so finds its switch on the account page. */
	boolean concerns(Role role) {
		return concerns.contains(role);
	}

	/** Its part of the message keys: {@code unsubscribe.meetingNotices}, {@code profile.mail.flowAlerts.heading}. */
	String key() {
		StringBuilder key = new StringBuilder();
		for (String word : name().toLowerCase(Locale.ROOT).split("_")) {
			key.append(key.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
		}
		return key.toString();
	}

	static Optional<MailChoice> byAudited(String audited) {
		for (MailChoice choice : values()) {
			if (choice.audited.equals(audited)) {
				return Optional.of(choice);
			}
		}
		return Optional.empty();
	}

	static Optional<MailChoice> byPath(String path) {
		for (MailChoice choice : values()) {
			if (choice.path.equals(path)) {
				return Optional.of(choice);
			}
		}
		return Optional.empty();
	}
}

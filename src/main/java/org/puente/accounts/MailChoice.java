package org.puente.accounts;

import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * The mails a person may choose not to receive, each with its part of the one-click unsubscribe address
 * ({@code /unsubscribe/digest/…}), its anchor on the account page and the words of its audit entries.
 */
public enum MailChoice {

	/** The Monday digest of one's due and overdue agreements. */
	DIGEST("digest", "Weekly digest", Account::isWeeklyDigest, Account::setWeeklyDigest),

	/** An observer's notices of the meetings their organisation is invited to. */
	MEETING_NOTICES("meeting-notices", "Meeting notices", Account::isMeetingNotices, Account::setMeetingNotices);

	private final String path;

	private final String audited;

	private final Predicate<Account> chosen;

	private final BiConsumer<Account, Boolean> set;

	MailChoice(String path, String audited, Predicate<Account> chosen, BiConsumer<Account, Boolean> set) {
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

	/** The key of its name in the message bundles ({@code unsubscribe.digest.name}…). */
	String key() {
		return name().toLowerCase(Locale.ROOT).replace("_n", "N");
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

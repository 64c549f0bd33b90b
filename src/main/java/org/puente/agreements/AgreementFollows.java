package org.puente.agreements;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.puente.accounts.AccountSummary;
import org.puente.accounts.Follows;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An agreement one follows: its status changes and due-date reminders reach a follower only because they follow it,
 * so the one-click unsubscribe of those mails stops following it ({@link AgreementNotices} writes them).
 */
@Component
class AgreementFollows implements Follows {

	static final String KIND = "agreement";

	private final Agreements agreements;

	private final MessageSource messages;

	AgreementFollows(Agreements agreements, MessageSource messages) {
		this.agreements = agreements;
		this.messages = messages;
	}

	@Override
	public String kind() {
		return KIND;
	}

	/** "el acuerdo 3 de «Reunión…»", "los avisos del acuerdo 3…". */
	@Override
	public Optional<Named> named(UUID subject, Locale locale) {
		return agreements.find(subject).map(a -> new Object[] { a.number(), a.meetingTitle(locale) })
			.map(args -> new Named(messages.getMessage("agreements.follows.named", args, locale),
					messages.getMessage("agreements.follows.notices", args, locale)));
	}

	@Override
	public String path(UUID subject) {
		return "/agreements/items/" + subject;
	}

	@Override
	public boolean follows(UUID accountId, UUID subject) {
		return agreements.follows(accountId, subject);
	}

	@Override
	public String unfollow(AccountSummary account, UUID subject) {
		agreements.follow(subject, account, false, true);
		return "";
	}

	@Override
	public void followAgain(AccountSummary account, UUID subject, String restored) {
		agreements.follow(subject, account, true, true);
	}
}

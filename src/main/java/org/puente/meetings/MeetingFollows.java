package org.puente.meetings;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.puente.accounts.AccountSummary;
import org.puente.accounts.Follows;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting one follows: the notices of its changes and its reminder reach a follower only because they follow it,
 * so the one-click unsubscribe of those mails stops following it, and its page's undo follows it again with the
 * reminder it had. Followers are told by {@link MeetingNotices} and reminded by {@link MeetingReminders}.
 */
@Component
class MeetingFollows implements Follows {

	static final String KIND = "meeting";

	private final MeetingRepository meetings;

	private final SubscriptionRepository subscriptions;

	private final Meetings calendar;

	private final MessageSource messages;

	MeetingFollows(MeetingRepository meetings, SubscriptionRepository subscriptions, Meetings calendar,
			MessageSource messages) {
		this.messages = messages;
		this.meetings = meetings;
		this.subscriptions = subscriptions;
		this.calendar = calendar;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Named> named(UUID subject, Locale locale) {
		return meetings.findById(subject).map(m -> new Object[] { m.title(locale) })
			.map(title -> new Named(messages.getMessage("meetings.follows.named", title, locale),
					messages.getMessage("meetings.follows.notices", title, locale)));
	}

	@Override
	public String path(UUID subject) {
		return "/meetings/" + subject;
	}

	@Override
	public boolean follows(UUID accountId, UUID subject) {
		return subscriptions.find(accountId, subject).isPresent();
	}

	/** Stops following; what it returns, the reminder's days ("" for none), follows it again as it was. */
	@Override
	@Transactional
	public String unfollow(AccountSummary account, UUID subject) {
		Integer days = subscriptions.find(account.id(), subject).map(SubscriptionRepository.Subscription::reminderDays)
			.orElse(null);
		calendar.follow(account.id(), subject, null, true, account.username());
		return days == null ? "" : days.toString();
	}

	@Override
	@Transactional
	public void followAgain(AccountSummary account, UUID subject, String restored) {
		Integer days = null;
		if (!restored.isBlank()) {
			try {
				days = Integer.valueOf(restored.strip());
			}
			catch (NumberFormatException ex) {
				days = null; // a form changed by hand: following again without a reminder
			}
		}
		if (!follows(account.id(), subject)) {
			// the number is checked as the meeting page's (0 to 60 days), refused otherwise
			calendar.follow(account.id(), subject, days, false, account.username());
		}
	}
}

package org.puente.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.accounts.UnsubscribeLinks;
import org.puente.notifications.Notices;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reminds subscribers N days before a meeting (N chosen by each). Each reminder is claimed in
 * {@code meeting_reminder_sent} before it is sent, so two nodes (or two runs) never send it twice; a failed send
 * is not retried, which we prefer to a duplicate.
 */
@Configuration(proxyBeanMethods = false)
class MeetingReminders {

	private final SubscriptionRepository subscriptions;

	private final MeetingRepository meetings;

	private final Accounts accounts;

	private final Notices notices;

	private final MeetingIcs ics;

	private final Clock clock;

	private final UnsubscribeLinks unsubscribe;

	private final MessageSource messages;

	MeetingReminders(SubscriptionRepository subscriptions, MeetingRepository meetings, Accounts accounts,
			Notices notices, MeetingIcs ics, Clock clock, UnsubscribeLinks unsubscribe, MessageSource messages) {
		this.unsubscribe = unsubscribe;
		this.messages = messages;
		this.subscriptions = subscriptions;
		this.meetings = meetings;
		this.accounts = accounts;
		this.notices = notices;
		this.ics = ics;
		this.clock = clock;
	}

	@Bean
	RecurringTask<Void> meetingReminderTask() {
		return Tasks.recurring("meeting-reminders", FixedDelay.ofMinutes(30))
			.execute((instance, context) -> sendDue(LocalDate.now(clock)));
	}

	int sendDue(LocalDate today) {
		int sent = 0;
		for (SubscriptionRepository.DueReminder due : subscriptions.due(today)) {
			if (!subscriptions.claim(due)) {
				continue;
			}
			Optional<Meeting> meeting = meetings.findById(due.meetingId());
			Optional<AccountSummary> reader = accounts.byId(due.accountId());
			if (meeting.isEmpty() || reader.isEmpty()) {
				continue;
			}
			Meeting m = meeting.get();
			sent += notices.writeEach(List.of(reader.get()), (to, locale) -> {
				String title = m.title(locale);
				// a reminder goes only to who follows the meeting (and asked for it): it says so, and the mail
				// program's "Unsubscribe" stops following the meeting, as the follower's notices do
				return notices.letter("meetings.reminder.subject", "meetings.reminder.body", locale, title,
						m.summary().when(locale, to.zone()), ics.location(m, locale), ics.pageUrl(m),
						messages.getMessage("meetings.notice.reason.FOLLOWER", null, locale))
					.attaching(ics.attachment(m, new MeetingIcs.Options(null, null, locale, title)))
					.unsubscribing(unsubscribe.unfollow(MeetingFollows.KIND, to.id(), m.getId()));
			});
		}
		return sent;
	}
}

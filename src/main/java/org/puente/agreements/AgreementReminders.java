package org.puente.agreements;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.puente.accounts.MailChoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the responsible parties and followers of an open agreement some days before its due date, and once when it
 * is overdue. Each reminder sent is recorded, so a reminder goes once per agreement, kind, due date and person even
 * when the task runs every hour on several nodes. Overdue reminders stop after a month: nobody is served by mail
 * about a deadline missed long ago (the board shows it).
 */
@Configuration(proxyBeanMethods = false)
class AgreementReminders {

	private static final Logger LOG = LoggerFactory.getLogger(AgreementReminders.class);

	enum Kind {
		DUE_SOON, OVERDUE
	}

	private final Agreements agreements;

	private final AgreementNotices notifier;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final int daysBefore;

	private final Clock clock;

	AgreementReminders(Agreements agreements, AgreementNotices notifier, Accounts accounts, JdbcClient jdbc,
			@Value("${puente.agreements.remind-days-before:7}") int daysBefore, Clock clock) {
		this.agreements = agreements;
		this.notifier = notifier;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.daysBefore = daysBefore;
		this.clock = clock;
	}

	@Bean
	RecurringTask<Void> agreementReminderTask() {
		return Tasks.recurring("agreement-reminders", FixedDelay.of(Duration.ofHours(1)))
			.execute((instance, context) -> sendDue());
	}

	/** @return how many reminders were sent */
	int sendDue() {
		LocalDate today = LocalDate.now(clock);
		int sent = 0;
		for (AgreementSummary a : agreements.list(Agreements.Filter.all())) {
			if (!a.status().isOpen() || a.dueDate() == null) {
				continue;
			}
			Kind kind;
			if (a.dueDate().isBefore(today) && !a.dueDate().isBefore(today.minusDays(30))) {
				kind = Kind.OVERDUE;
			}
			else if (!a.dueDate().isBefore(today) && !a.dueDate().isAfter(today.plusDays(daysBefore))) {
				kind = Kind.DUE_SOON;
			}
			else {
				continue;
			}
			for (Recipient to : recipients(a).values()) {
				if (record(a, kind, to.account().email())) {
					notifier.sendReminder(a, kind, to.account(), today, to.follower());
					sent++;
				}
			}
		}
		if (sent > 0) {
			LOG.info("Sent {} agreement reminders", sent);
		}
		return sent;
	}

	/** Someone reminded, and whether only because they follow the agreement. */
	private record Recipient(AccountSummary account, boolean follower) {
	}

	/**
	 * Those who act for its responsible parties, unless they switched agreement reminders off, then its followers
	 * (who are reminded as long as they follow it): each address once.
	 */
	private Map<String, Recipient> recipients(AgreementSummary a) {
		Map<String, Recipient> to = new LinkedHashMap<>();
		a.responsible().forEach(p -> notifier.accountsActingFor(p.id(), a).stream()
			.filter(acc -> accounts.wants(MailChoice.AGREEMENT_REMINDERS, acc.id()))
			.forEach(acc -> to.putIfAbsent(acc.email(), new Recipient(acc, false))));
		agreements.followers(a.id()).forEach(id -> accounts.byId(id)
			.ifPresent(acc -> to.putIfAbsent(acc.email(), new Recipient(acc, true))));
		return to;
	}

	/** Claims the reminder; false when it was already sent (by this node or another). */
	private boolean record(AgreementSummary a, Kind kind, String recipient) {
		return jdbc.sql("""
				insert into agreement_reminder (agreement_id, kind, due_date, recipient, sent_at)
				values (?, ?, ?, ?, now()) on conflict do nothing""")
			.params(a.id(), kind.name(), a.dueDate(), recipient)
			.update() == 1;
	}

	List<String> sentTo(java.util.UUID agreementId, Kind kind) {
		return jdbc.sql("select recipient from agreement_reminder where agreement_id = ? and kind = ? order by recipient")
			.params(agreementId, kind.name()).query(String.class).list();
	}
}

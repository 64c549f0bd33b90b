package org.puente.agreements;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.puente.accounts.AccountSummary;
import org.puente.accounts.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every Monday morning, each person responsible for open agreements gets one mail in their language listing those
 * overdue and those due in the coming week, unless they switched it off on their account page. db-scheduler runs the
 * task on one node of the cluster; the sent digests are recorded per person and week, so a re-run sends nothing twice.
 */
@Configuration(proxyBeanMethods = false)
class AgreementDigest {

	private static final Logger LOG = LoggerFactory.getLogger(AgreementDigest.class);

	private final Agreements agreements;

	private final AgreementNotices notifier;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	AgreementDigest(Agreements agreements, AgreementNotices notifier, Accounts accounts, JdbcClient jdbc,
			Clock clock) {
		this.agreements = agreements;
		this.notifier = notifier;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Bean
	RecurringTask<Void> agreementDigestTask() {
		return Tasks.recurring("agreement-weekly-digest", Schedules.cron("0 0 7 * * MON"))
			.execute((instance, context) -> sendWeek(LocalDate.now(clock)));
	}

	/** What one person is told: the agreements overdue and those due within the week. */
	record Digest(AccountSummary to, List<AgreementSummary> overdue, List<AgreementSummary> dueThisWeek) {
	}

	/** @return how many digests were sent for the week of {@code today} */
	int sendWeek(LocalDate today) {
		LocalDate weekOf = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		int sent = 0;
		for (Digest digest : digests(today).values()) {
			if (!accounts.wantsWeeklyDigest(digest.to().id()) || !claim(digest.to().id(), weekOf)) {
				continue;
			}
			if (notifier.sendDigest(digest, today)) {
				sent++;
			}
		}
		if (sent > 0) {
			LOG.info("Sent {} weekly digests of due and overdue agreements", sent);
		}
		return sent;
	}

	/** Each person acting for a responsible party of an open agreement overdue or due within seven days. */
	Map<UUID, Digest> digests(LocalDate today) {
		Map<UUID, Digest> byPerson = new LinkedHashMap<>();
		List<AgreementSummary> open = agreements.list(Agreements.Filter.all())
			.stream()
			.filter(a -> a.status().isOpen() && a.dueDate() != null && !a.dueDate().isAfter(today.plusDays(7)))
			.sorted(Comparator.comparing(AgreementSummary::dueDate))
			.toList();
		for (AgreementSummary a : open) {
			for (PartyReference party : a.responsible()) {
				for (AccountSummary account : notifier.accountsActingFor(party.id(), a)) {
					Digest digest = byPerson.computeIfAbsent(account.id(),
							id -> new Digest(account, new ArrayList<>(), new ArrayList<>()));
					List<AgreementSummary> list = a.dueDate().isBefore(today) ? digest.overdue() : digest.dueThisWeek();
					if (!list.contains(a)) {
						list.add(a);
					}
				}
			}
		}
		return byPerson;
	}

	private boolean claim(UUID accountId, LocalDate weekOf) {
		return jdbc.sql("insert into agreement_digest_sent (account_id, week_of) values (?, ?) on conflict do nothing")
			.params(accountId, weekOf)
			.update() == 1;
	}
}

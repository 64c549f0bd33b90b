package org.puente.notifications;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each notice's deliveries, one per recipient ({@code notice_delivery}, unique per notice and recipient), and their
 * attempts. A notice is recorded in the caller's transaction and sent when it commits: a listener that fails half-way
 * rolls its notices back with it, so its resubmission sends each once, not again to those already told.
 * <p>
 * Every attempt first locks its row ({@code for update skip locked}) and checks it is still owed, in a transaction of
 * its own that records the outcome: the node that sends right after the commit, the retry job and an administrator's
 * "retry now" on another node never send the same row twice. A node that dies after the server accepted a mail but
 * before it recorded so sends it again later: at least once, never lost.
 */
@Component
class NoticeDeliveries {

	private static final Logger LOG = LoggerFactory.getLogger(NoticeDeliveries.class);

	/** Which rows an attempt may take: a new one, one whose retry is due, or a failed one an administrator retries. */
	enum Claim {
		NEW("d.status = 'queued' and d.attempts = 0"), DUE("d.status = 'queued' and d.next_attempt_at <= now()"),
		FAILED("d.status = 'failed'");

		private final String condition;

		Claim(String condition) {
			this.condition = condition;
		}
	}

	/** The longest wait between two attempts, however many there were. */
	private static final Duration LONGEST_WAIT = Duration.ofHours(12);

	private final JdbcTemplate jdbc;

	private final NoticeMail mail;

	private final UnsubscribeAddresses unsubscribes;

	private final TransactionTemplate joined;

	private final TransactionTemplate separate;

	private final int maxAttempts;

	private final Duration retryAfter;

	private final Counter failures;

	NoticeDeliveries(JdbcTemplate jdbc, NoticeMail mail, UnsubscribeAddresses unsubscribes,
			PlatformTransactionManager transactions, MeterRegistry meters,
			@Value("${puente.mail.max-attempts:6}") int maxAttempts,
			@Value("${puente.mail.retry-after:5m}") Duration retryAfter) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.unsubscribes = unsubscribes;
		this.joined = new TransactionTemplate(transactions);
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.maxAttempts = Math.max(1, maxAttempts);
		this.retryAfter = retryAfter;
		this.failures = Counter.builder("puente.mail.delivery.failures")
			.description("Attempts to hand a notice to the mail server that failed (each recipient, each attempt)")
			.register(meters);
	}

	/**
	 * Records the notice and its recipients in the caller's transaction (a new one if it has none or a read-only one)
	 * and sends it once that commits. Its first retry is due only after {@code retryAfter}: if this node stops before
	 * sending, the retry job of any node sends it then.
	 */
	void record(Notice notice) {
		TransactionTemplate tx = TransactionSynchronizationManager.isCurrentTransactionReadOnly() ? separate : joined;
		List<Long> ids = tx.execute(status -> {
			Long noticeId = jdbc.queryForObject("insert into notice (subject, body, language) values (?, ?, ?) "
					+ "returning id", Long.class, notice.subject(), notice.text(), notice.language().toLanguageTag());
			for (int i = 0; i < notice.attachments().size(); i++) {
				Notice.Attachment a = notice.attachments().get(i);
				jdbc.update("insert into notice_attachment (notice_id, position, filename, content_type, content) "
						+ "values (?, ?, ?, ?, ?)", noticeId, i, a.filename(), a.contentType(), a.content());
			}
			List<Long> rows = new ArrayList<>();
			for (String to : notice.to().stream().distinct().toList()) {
				Notice.Unsubscribe unsubscribe = notice.unsubscribe().get(to);
				rows.add(jdbc.queryForObject("insert into notice_delivery (notice_id, recipient, next_attempt_at, "
						+ "unsubscribe_choice, unsubscribe_account, unsubscribe_subject) values (?, ?, ?, ?, ?, ?) "
						+ "returning id", Long.class,
						noticeId, to, Timestamp.from(Instant.now().plus(retryAfter)),
						unsubscribe == null ? null : unsubscribe.choice(),
						unsubscribe == null ? null : unsubscribe.account(),
						unsubscribe == null ? null : unsubscribe.subject()));
			}
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					rows.forEach(id -> attempt(id, Claim.NEW));
				}
			});
			return rows;
		});
		LOG.debug("Recorded \"{}\" for {} recipients", notice.subject(), ids == null ? 0 : ids.size());
	}

	/** Tries again every delivery whose retry is due; one batch per run. @return how many were sent */
	int deliverDue() {
		List<Long> due = jdbc.queryForList("select id from notice_delivery where status = 'queued' "
				+ "and next_attempt_at <= now() order by next_attempt_at limit 200", Long.class);
		int sent = 0;
		for (Long id : due) {
			if (attempt(id, Claim.DUE) == Outcome.SENT) {
				sent++;
			}
		}
		return sent;
	}

	/** What became of one attempt. */
	enum Outcome {
		SENT, FAILED, NOT_OWED
	}

	/**
	 * One attempt at one delivery, if {@code claim} still allows it and no other node holds the row. The row stays
	 * locked while the mail server answers, so the outcome is recorded before anyone else may look at it again.
	 */
	Outcome attempt(long id, Claim claim) {
		Outcome outcome = separate.execute(status -> {
			List<Map<String, Object>> rows = jdbc.queryForList("""
					select d.recipient, d.attempts, d.notice_id, d.unsubscribe_choice, d.unsubscribe_account,
					d.unsubscribe_subject,
					n.subject, n.body, n.language
					from notice_delivery d join notice n on n.id = d.notice_id
					where d.id = ? and %s for update of d skip locked""".formatted(claim.condition), id);
			if (rows.isEmpty()) {
				return Outcome.NOT_OWED;
			}
			Map<String, Object> row = rows.get(0);
			int attempts = ((Number) row.get("attempts")).intValue() + 1;
			String to = (String) row.get("recipient");
			try {
				// signed now, under the key of this moment: a key replaced since the notice was queued gives this
				// copy a link that works
				String choice = (String) row.get("unsubscribe_choice");
				String unsubscribe = choice == null ? null : unsubscribes.address(new Notice.Unsubscribe(choice,
						(UUID) row.get("unsubscribe_account"), (UUID) row.get("unsubscribe_subject")),
						(String) row.get("language"));
				String body = (String) row.get("body");
				if (unsubscribe != null) {
					// the text's own link is the header's, signed now too (Notice.UNSUBSCRIBE_ADDRESS)
					body = body.replace(Notice.UNSUBSCRIBE_ADDRESS, unsubscribe);
				}
				mail.send(to, new NoticeMail.Words((String) row.get("subject"), body, (String) row.get("language")),
						attachments(((Number) row.get("notice_id")).longValue()), unsubscribe);
			}
			catch (Exception ex) {
				String error = NoticeMail.describe(ex);
				boolean last = attempts >= maxAttempts;
				jdbc.update("update notice_delivery set attempts = ?, status = ?, last_error = ?, "
						+ "next_attempt_at = ?, updated_at = now() where id = ?", attempts, last ? "failed" : "queued",
						error, Timestamp.from(Instant.now().plus(wait(attempts))), id);
				failures.increment();
				LOG.warn("Could not send \"{}\" to {} (attempt {} of {}{}): {}", row.get("subject"), to, attempts,
						maxAttempts, last ? ", no more" : "", error);
				return Outcome.FAILED;
			}
			jdbc.update("update notice_delivery set attempts = ?, status = 'sent', sent_at = now(), updated_at = now() "
					+ "where id = ?", attempts, id);
			return Outcome.SENT;
		});
		return outcome == null ? Outcome.NOT_OWED : outcome;
	}

	/** The wait after the n-th failed attempt: {@code retryAfter}, doubled at each further one, at most 12 hours. */
	Duration wait(int attempts) {
		Duration wait = retryAfter.multipliedBy(1L << Math.min(attempts - 1, 20));
		return wait.compareTo(LONGEST_WAIT) > 0 || wait.isNegative() ? LONGEST_WAIT : wait;
	}

	private List<Notice.Attachment> attachments(long noticeId) {
		return jdbc.query("select filename, content_type, content from notice_attachment where notice_id = ? "
				+ "order by position", (rs, n) -> new Notice.Attachment(rs.getString(1), rs.getString(2),
						rs.getBytes(3)), noticeId);
	}

	/** Deletes the notices delivered to every recipient before {@code keep} ago (with their deliveries). */
	void forgetSent(Duration keep) {
		jdbc.update("""
				delete from notice n where n.created_at < now() - make_interval(secs => ?)
				and not exists (select 1 from notice_delivery d where d.notice_id = n.id and d.status <> 'sent')""",
				(double) keep.toSeconds());
	}

	/** The deliveries out of attempts: the partial index on failed rows keeps the count cheap. */
	long failedCount() {
		Long count = jdbc.queryForObject("select count(*) from notice_delivery where status = 'failed'", Long.class);
		return count == null ? 0 : count;
	}

	int maxAttempts() {
		return maxAttempts;
	}
}

package org.puente.notifications;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.puente.audit.AuditAction;
import org.puente.audit.AuditableEvent;
import org.puente.audit.AuditedChange;
import org.puente.audit.AuditedEntity;
import org.puente.scheduling.EventFailures;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What did not reach its recipient after every attempt, as the administrators' page shows it: mail deliveries out of
 * attempts, and notices between modules whose listener kept failing ({@link EventFailures}); and the "retry now"
 * of each, audited. /admin/** is for administrators only (accounts' security rules).
 */
@Service
class FailedDeliveries {

	/** The audit entry of an administrator's "retry now" of a mail. */
	record DeliveryRetried(long deliveryId, AuditedChange audited) implements AuditableEvent {
	}

	private final JdbcTemplate jdbc;

	private final NoticeDeliveries deliveries;

	private final EventFailures events;

	private final ApplicationEventPublisher publisher;

	FailedDeliveries(JdbcTemplate jdbc, NoticeDeliveries deliveries, EventFailures events,
			ApplicationEventPublisher publisher) {
		this.jdbc = jdbc;
		this.deliveries = deliveries;
		this.events = events;
		this.publisher = publisher;
	}

	/** The deliveries out of attempts, the latest failure first. */
	List<Map<String, Object>> mail() {
		return jdbc.queryForList("""
				select d.id, d.recipient, n.subject, d.attempts, d.last_error, d.created_at, d.updated_at
				from notice_delivery d join notice n on n.id = d.notice_id
				where d.status = 'failed' order by d.updated_at desc, d.id desc limit 200""");
	}

	List<EventFailures.FailedEvent> events() {
		return events.failed();
	}

	/** For the outbox page's link: how many of both wait for an administrator. */
	long count() {
		return deliveries.failedCount() + events.count();
	}

	/** One more attempt at a failed delivery, now; whatever its outcome, it is audited. */
	@Transactional
	NoticeDeliveries.Outcome retryMail(long id) {
		NoticeDeliveries.Outcome outcome = deliveries.attempt(id, NoticeDeliveries.Claim.FAILED);
		if (outcome != NoticeDeliveries.Outcome.NOT_OWED) {
			String to = jdbc.queryForObject("select recipient from notice_delivery where id = ?", String.class, id);
			publisher.publishEvent(new DeliveryRetried(id, AuditedChange.of(AuditAction.SEND,
					AuditedEntity.MAIL_DELIVERY, id, "retried mail delivery " + id + " to " + to + ": "
							+ outcome.name().toLowerCase(java.util.Locale.ROOT))));
		}
		return outcome;
	}

	boolean retryEvent(UUID id) {
		return events.retry(id);
	}
}

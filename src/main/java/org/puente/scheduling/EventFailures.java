package org.puente.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.puente.audit.AuditAction;
import org.puente.audit.AuditableEvent;
import org.puente.audit.AuditedChange;
import org.puente.audit.AuditedEntity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notices between modules that {@link EventResubmission} gave up on: their listener failed after the last
 * resubmission allowed. The administrators' page lists them and may resubmit one once more.
 */
@Service
public class EventFailures {

	/** One publication given up on: its event's type, the listener that fails, and when it was last tried. */
	public record FailedEvent(UUID id, String event, String listener, Instant published, int attempts,
			Instant lastAttempt) {
	}

	/** The audit entry of an administrator's "retry now". */
	record EventRetried(UUID publicationId, AuditedChange audited) implements AuditableEvent {
	}

	/**
	 * Given up on: the limit reached, still incomplete a minute after the last resubmission (its listener had the
	 * time to finish), oldest first.
	 */
	private static final String FAILED = """
			from event_resubmission r join event_publication p on p.id = r.publication_id
			where p.completion_date is null and r.attempts >= ? and r.last_attempt_at < now() - interval '1 minute'""";

	private final JdbcTemplate jdbc;

	private final EventResubmission resubmission;

	private final IncompleteEventPublications incomplete;

	private final ApplicationEventPublisher events;

	EventFailures(JdbcTemplate jdbc, EventResubmission resubmission, IncompleteEventPublications incomplete,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.resubmission = resubmission;
		this.incomplete = incomplete;
		this.events = events;
	}

	public List<FailedEvent> failed() {
		return jdbc.query("select p.id, p.event_type, p.listener_id, p.publication_date, r.attempts, r.last_attempt_at "
				+ FAILED + " order by p.publication_date limit 200",
				(rs, n) -> new FailedEvent(rs.getObject(1, UUID.class), simpleName(rs.getString(2)),
						simpleName(rs.getString(3)), rs.getTimestamp(4).toInstant(), rs.getInt(5),
						rs.getTimestamp(6).toInstant()),
				resubmission.maxResubmissions());
	}

	public long count() {
		Long count = jdbc.queryForObject("select count(*) " + FAILED, Long.class, resubmission.maxResubmissions());
		return count == null ? 0 : count;
	}

	/**
	 * Resubmits one publication given up on, once, and audits it. Its listener runs asynchronously: if it fails
	 * again, the publication is listed again a minute later.
	 *
	 * @return false if it is not (or no longer) given up on: completed meanwhile, or retried by someone else
	 */
	@Transactional
	public boolean retry(UUID id) {
		boolean[] claimed = { false };
		incomplete.resubmitIncompletePublications(p -> p.getIdentifier().equals(id)
				&& (claimed[0] = resubmission.claim(p, true)));
		if (claimed[0]) {
			events.publishEvent(new EventRetried(id, AuditedChange.of(AuditAction.UPDATE, AuditedEntity.EVENT_PUBLICATION,
					id, "resubmitted event publication " + id)));
		}
		return claimed[0];
	}

	/** "org.puente.meetings.MeetingNotices.on(org.puente…MeetingInvited)" → "MeetingNotices.on(MeetingInvited)", a nested type's "$" a dot. */
	static String simpleName(String name) {
		return name.replaceAll("(?:[a-z_][a-z0-9_]*\\.)+(?=[A-Z])", "").replace('$', '.');
	}
}

package org.puente.scheduling;

import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Delivers again the notices modules owe each other when their listener failed or its node stopped mid-way, and
 * forgets delivered ones after a while. Without it such a publication stays in {@code event_publication} for ever and
 * the notice is lost silently.
 * <p>
 * It is a db-scheduler task, so with several nodes one node runs it per period. That matters: Spring Modulith 2.0's
 * JDBC registry does not claim a publication before resubmitting it ({@code markResubmitted} is not implemented and
 * says yes to every caller), so two nodes resubmitting at once would both run the listener. Modulith's own
 * republish-at-restart stays off for the same reason.
 * <p>
 * A listener that fails every time (a bad address, a template error) is not resubmitted for ever: each publication's
 * resubmissions are counted in {@code event_resubmission}, each waits twice as long as the one before, and after
 * {@code puente.events.max-resubmissions} it is left incomplete, counted as {@code puente_events_failed} and shown at
 * /admin/deliveries, where an administrator may resubmit it once more ({@link EventFailures}).
 */
@Configuration(proxyBeanMethods = false)
class EventResubmission {

	private static final Logger LOG = LoggerFactory.getLogger(EventResubmission.class);

	private final IncompleteEventPublications incomplete;

	private final CompletedEventPublications completed;

	private final Duration resubmitAfter;

	private final Duration keepCompleted;

	private final int maxResubmissions;

	private final JdbcTemplate jdbc;

	EventResubmission(IncompleteEventPublications incomplete, CompletedEventPublications completed, JdbcTemplate jdbc,
			@Value("${puente.events.resubmit-after:15m}") Duration resubmitAfter,
			@Value("${puente.events.keep-completed:30d}") Duration keepCompleted,
			@Value("${puente.events.max-resubmissions:5}") int maxResubmissions) {
		this.incomplete = incomplete;
		this.completed = completed;
		this.jdbc = jdbc;
		this.resubmitAfter = resubmitAfter;
		this.keepCompleted = keepCompleted;
		this.maxResubmissions = Math.max(1, maxResubmissions);
	}

	@Bean
	RecurringTask<Void> eventResubmissionTask() {
		return Tasks.recurring("event-resubmission", FixedDelay.ofMinutes(15))
			.execute((instance, context) -> run());
	}

	/**
	 * Resubmits every publication still incomplete {@code resubmitAfter} after it was published, unless its
	 * resubmissions ran out or its next one is not due yet ({@link #claim}). The registry cannot
	 * tell a failed listener from one still running (the JDBC registry records no status), so a listener still busy
	 * after that long is treated as lost and runs again: its notice may then go out twice. Our listeners take seconds,
	 * so the age keeps that case to nodes that died or hung.
	 */
	void run() {
		Instant oldEnough = Instant.now().minus(resubmitAfter);
		// the module listeners are asynchronous: this hands them to the executor and does not wait for them
		incomplete.resubmitIncompletePublications(
				p -> !p.getPublicationDate().isAfter(oldEnough) && claim(p, false));
		completed.deletePublicationsOlderThan(keepCompleted);
		// a publication completed (or deleted) needs no count any more
		jdbc.update("""
				delete from event_resubmission r where not exists (select 1 from event_publication p
				  where p.id = r.publication_id and p.completion_date is null)""");
		LOG.debug("Resubmitted event publications older than {}; deleted completed ones older than {}", resubmitAfter,
				keepCompleted);
	}

	/**
	 * Counts one more resubmission of {@code publication} if it may have one: the job's while fewer than the limit
	 * and once its wait is over (the first after {@code resubmitAfter}, then twice as long each time); an
	 * administrator's only once it is shown failed ({@link EventFailures}: the limit reached, the last try a minute
	 * old), so a double click resubmits it once. One statement each, so two callers at once (the job and a
	 * "retry now" on another node) cannot both claim it.
	 */
	boolean claim(EventPublication publication, boolean byAdministrator) {
		if (byAdministrator) {
			return jdbc.update("""
					update event_resubmission set attempts = attempts + 1, last_attempt_at = now()
					where publication_id = ? and attempts >= ? and last_attempt_at < now() - interval '1 minute'""",
					publication.getIdentifier(), maxResubmissions) == 1;
		}
		double seconds = resubmitAfter.toSeconds();
		return jdbc.update("""
				insert into event_resubmission as r (publication_id, attempts, last_attempt_at, next_attempt_at)
				values (?, 1, now(), now() + make_interval(secs => ?))
				on conflict (publication_id) do update set attempts = r.attempts + 1, last_attempt_at = now(),
				  next_attempt_at = now() + make_interval(secs => ? * power(2, r.attempts + 1))
				where r.attempts < ? and r.next_attempt_at <= now()""", publication.getIdentifier(), 2 * seconds,
				seconds, maxResubmissions) == 1;
	}

	int maxResubmissions() {
		return maxResubmissions;
	}
}

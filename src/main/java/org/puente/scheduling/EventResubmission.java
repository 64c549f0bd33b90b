package org.puente.scheduling;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
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
 */
@Configuration(proxyBeanMethods = false)
class EventResubmission {

	private static final Logger LOG = LoggerFactory.getLogger(EventResubmission.class);

	private final IncompleteEventPublications incomplete;

	private final CompletedEventPublications completed;

	private final Duration resubmitAfter;

	private final Duration keepCompleted;

	EventResubmission(IncompleteEventPublications incomplete, CompletedEventPublications completed,
			@Value("${puente.events.resubmit-after:15m}") Duration resubmitAfter,
			@Value("${puente.events.keep-completed:30d}") Duration keepCompleted) {
		this.incomplete = incomplete;
		this.completed = completed;
		this.resubmitAfter = resubmitAfter;
		this.keepCompleted = keepCompleted;
	}

	@Bean
	RecurringTask<Void> eventResubmissionTask() {
		return Tasks.recurring("event-resubmission", FixedDelay.ofMinutes(15))
			.execute((instance, context) -> run());
	}

	/**
	 * Resubmits every publication still incomplete {@code resubmitAfter} after it was published. The registry cannot
	 * tell a failed listener from one still running (the JDBC registry records no status), so a listener still busy
	 * after that long is treated as lost and runs again: its notice may then go out twice. Our listeners take seconds,
	 * so the age keeps that case to nodes that died or hung.
	 */
	void run() {
		// the module listeners are asynchronous: this hands them to the executor and does not wait for them
		incomplete.resubmitIncompletePublicationsOlderThan(resubmitAfter);
		completed.deletePublicationsOlderThan(keepCompleted);
		LOG.debug("Resubmitted event publications older than {}; deleted completed ones older than {}", resubmitAfter,
				keepCompleted);
	}
}

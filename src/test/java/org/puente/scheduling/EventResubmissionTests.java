package org.puente.scheduling;

import java.time.Duration;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A notice whose listener failed is delivered again by the recurring job, once, and the registry forgets delivered
 * notices after the retention. The job's logic is called directly; publications are made old by moving their dates.
 */
@PuenteTest
class EventResubmissionTests {

	private static final String PROBE_ROWS = "from event_publication where serialized_event like ?";

	@Autowired
	EventResubmission resubmission;

	@Autowired
	FlakyProbeListener listener;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeterRegistry meters;

	@Autowired
	EventFailures failures;

	@Autowired
	PendingTasks tasks;

	@Test
	void aPublicationWhoseListenerFailedIsDeliveredOnceWhenItIsOldEnough() {
		long handed = tasks.handed();
		UUID id = publishProbe();
		await().atMost(Duration.ofSeconds(30)).until(() -> listener.calls(id) == 1);
		assertThat(tasks.handed()).as("the listener runs on the executor whose tasks callsOnceHandedTasksRan waits for")
			.isGreaterThan(handed);
		assertThat(incomplete(id)).as("the failed delivery stays owed").isEqualTo(1);
		assertThat(meters.get("puente.events.incomplete").gauge().value()).as("the operator's gauge")
			.isGreaterThanOrEqualTo(1);

		resubmission.run();
		assertThat(callsOnceHandedTasksRan(id)).as("too young: not delivered again").isEqualTo(1);
		assertThat(incomplete(id)).as("younger than 15 minutes: its listener may still be running").isEqualTo(1);

		jdbc.update("update event_publication set publication_date = now() - interval '16 minutes' "
				+ "where serialized_event like ?", like(id));
		resubmission.run();
		await().atMost(Duration.ofSeconds(30)).until(() -> incomplete(id) == 0);
		assertThat(listener.calls(id)).as("delivered again, once").isEqualTo(2);

		resubmission.run();
		assertThat(callsOnceHandedTasksRan(id)).as("not delivered a third time").isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) " + PROBE_ROWS + " and completion_date is not null",
				Integer.class, like(id))).isEqualTo(1);
	}

	@Test
	void aListenerThatAlwaysFailsIsResubmittedUpToTheLimitThenShownFailedAndRetriedOnceByAnAdministrator()
			throws Exception {
		UUID id = UUID.randomUUID();
		transactions.executeWithoutResult(status -> events.publishEvent(new FlakyProbeListener.BrokenProbe(id)));
		await().atMost(Duration.ofSeconds(30)).until(() -> listener.calls(id) == 1);
		UUID publication = jdbc.queryForObject("select id " + PROBE_ROWS, UUID.class, like(id));
		jdbc.update("update event_publication set publication_date = now() - interval '16 minutes' where id = ?",
				publication);
		int limit = resubmission.maxResubmissions();
		for (int resubmitted = 1; resubmitted <= limit; resubmitted++) {
			resubmission.run();
			int calls = resubmitted + 1;
			await().atMost(Duration.ofSeconds(30)).until(() -> listener.calls(id) == calls);
			resubmission.run();
			assertThat(listener.calls(id)).as("not again before its wait is over").isEqualTo(calls);
			jdbc.update("update event_resubmission set next_attempt_at = now() - interval '1 second', "
					+ "last_attempt_at = now() - interval '2 minutes' where publication_id = ?", publication);
		}
		resubmission.run();
		assertThat(callsOnceHandedTasksRan(id)).as("not resubmitted past the limit").isEqualTo(limit + 1);
		assertThat(failures.failed()).as("given up on, shown to the administrators")
			.anySatisfy(f -> {
				assertThat(f.id()).isEqualTo(publication);
				assertThat(f.event()).isEqualTo("FlakyProbeListener.BrokenProbe");
				assertThat(f.attempts()).isEqualTo(limit);
			});
		assertThat(meters.get("puente.events.failed").gauge().value()).isGreaterThanOrEqualTo(1);

		// "retry now", twice (a double click): resubmitted once, and audited
		assertThat(failures.retry(publication)).isTrue();
		assertThat(failures.retry(publication)).isFalse();
		await().atMost(Duration.ofSeconds(30)).until(() -> listener.calls(id) == limit + 2);
		assertThat(callsOnceHandedTasksRan(id)).as("the second click resubmits nothing").isEqualTo(limit + 2);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'event_publication' "
				+ "and entity_id = ?", Integer.class, publication.toString())).isEqualTo(1);
		jdbc.update("delete from event_publication where id = ?", publication);
	}

	@Test
	void completedPublicationsAreDeletedAfterThirtyDays() {
		UUID old = completedProbe(31);
		UUID recent = completedProbe(29);

		resubmission.run();

		assertThat(rows(old)).as("completed 31 days ago").isZero();
		assertThat(rows(recent)).as("completed 29 days ago").isEqualTo(1);
		jdbc.update("delete " + PROBE_ROWS, like(recent));
	}

	@Test
	void theJobIsClaimedOnceInTheSharedTable() {
		assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = 'event-resubmission'",
				Integer.class)).isEqualTo(1);
	}

	/**
	 * The listener's calls for {@code id} once every task handed to the executor so far has run: a resubmission hands
	 * its listener call over before {@code resubmission.run()} returns, so a call that should not happen has happened
	 * by then if it was going to (was: two seconds of {@code await().during(…)} per check, eight per run).
	 */
	private int callsOnceHandedTasksRan(UUID id) {
		tasks.awaitNone();
		return listener.calls(id);
	}

	private UUID publishProbe() {
		UUID id = UUID.randomUUID();
		transactions.executeWithoutResult(status -> events.publishEvent(new FlakyProbeListener.Probe(id)));
		return id;
	}

	private UUID completedProbe(int daysAgo) {
		UUID id = UUID.randomUUID();
		jdbc.update("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
				  completion_date)
				values (?, 'probe-listener', ?, ?, now() - make_interval(days => ?), now() - make_interval(days => ?))""",
				UUID.randomUUID(), FlakyProbeListener.Probe.class.getName(), "{\"id\":\"" + id + "\"}", daysAgo + 1,
				daysAgo);
		return id;
	}

	private int incomplete(UUID id) {
		return jdbc.queryForObject("select count(*) " + PROBE_ROWS + " and completion_date is null", Integer.class,
				like(id));
	}

	private int rows(UUID id) {
		return jdbc.queryForObject("select count(*) " + PROBE_ROWS, Integer.class, like(id));
	}

	private static String like(UUID id) {
		return "%" + id + "%";
	}
}

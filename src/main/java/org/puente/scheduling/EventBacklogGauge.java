package org.puente.scheduling;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Shows as {@code puente_events_incomplete} (Prometheus) how many notices between modules are not delivered yet, so an
 * operator sees them stuck before users miss them: a value that stays above zero for more than two resubmission
 * rounds (about 30 minutes) means a listener fails again and again. {@code puente_events_failed} counts those given
 * up on after the last resubmission ({@link EventFailures}), shown at /admin/deliveries. Every node reports the same
 * shared numbers.
 */
@Component
class EventBacklogGauge implements InitializingBean {

	private static final String INCOMPLETE = "select count(*) from event_publication where completion_date is null";

	private final MeterRegistry meters;

	private final JdbcTemplate jdbc;

	private final EventFailures failures;

	EventBacklogGauge(MeterRegistry meters, JdbcTemplate jdbc, EventFailures failures) {
		this.meters = meters;
		this.jdbc = jdbc;
		this.failures = failures;
	}

	@Override
	public void afterPropertiesSet() {
		// read at each scrape; the index on completion_date keeps the count cheap
		Gauge.builder("puente.events.incomplete", this, EventBacklogGauge::incomplete)
			.description("Event publications whose listener has not completed")
			.register(meters);
		Gauge.builder("puente.events.failed", failures, EventFailures::count)
			.description("Event publications still incomplete after the last resubmission allowed")
			.register(meters);
	}

	double incomplete() {
		Long count = jdbc.queryForObject(INCOMPLETE, Long.class);
		return count == null ? 0 : count;
	}
}

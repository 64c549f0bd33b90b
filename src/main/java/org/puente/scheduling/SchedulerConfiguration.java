package org.puente.scheduling;

import java.time.Duration;
import java.util.ArrayList;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the cluster-safe scheduler from every {@link Task} bean the capabilities declare. db-scheduler picks each
 * due execution with an optimistic row update in {@code scheduled_tasks}, so two nodes on one database never run
 * the same execution twice. Recurring tasks are registered at start; one-time tasks are scheduled by their owners.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "puente.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class SchedulerConfiguration {

	@Bean
	Scheduler scheduler(DataSource dataSource, ObjectProvider<Task<?>> tasks,
			ObjectProvider<RecurringTask<?>> recurring) {
		// recurring tasks are registered by startTasks(…); listing them among the known tasks too would name them twice
		return Scheduler.create(dataSource, new ArrayList<>(tasks.orderedStream()
			.filter(t -> !(t instanceof RecurringTask<?>))
			.toList()))
			.startTasks(new ArrayList<>(recurring.orderedStream().toList()))
			.threads(2)
			.pollingInterval(Duration.ofSeconds(10))
			// a node that dies mid-job is declared dead after four missed 15 s heartbeats (a minute, not db-scheduler's
			// default half hour), and another node runs its executions again
			.heartbeatInterval(Duration.ofSeconds(15))
			.missedHeartbeatsLimit(4)
			.enableImmediateExecution()
			// on SIGTERM a running job gets 5 s (not 30 min); one cut short runs again, here or on another node
			.shutdownMaxWait(Duration.ofSeconds(5))
			.build();
	}

	/** Starts polling once the whole application (and its schema) is ready, and stops before the pool closes. */
	@Bean
	SmartLifecycle schedulerLifecycle(Scheduler scheduler) {
		return new SmartLifecycle() {
			private volatile boolean running;

			@Override
			public void start() {
				scheduler.start();
				running = true;
			}

			@Override
			public void stop() {
				scheduler.stop();
				running = false;
			}

			@Override
			public boolean isRunning() {
				return running;
			}

			/** A stopped db-scheduler cannot start again, so a paused context (tests switching contexts) keeps it running. */
			@Override
			public boolean isPauseable() {
				return false;
			}
		};
	}
}

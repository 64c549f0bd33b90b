package org.puente.scheduling;

import java.time.Duration;
import java.util.ArrayList;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
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
			ObjectProvider<RecurringTask<?>> recurring, @Value("${server.port:8080}") int port) {
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
			// db-scheduler names a node after its host, so two nodes on one machine both claimed as "vm" in
			// scheduled_tasks.picked_by; host:port tells them apart there and in the log below (ops13)
			.schedulerName(new SchedulerName.Fixed(nodeName(port)))
			.addSchedulerListener(new JobLog())
			.build();
	}

	/** The host's name and the HTTP port (the process id when the port is chosen at random): unique per node. */
	static String nodeName(int port) {
		String host = new SchedulerName.Hostname().getName();
		return host + ":" + (port > 0 ? String.valueOf(port) : "pid" + ProcessHandle.current().pid());
	}

	/**
	 * Which node ran which job, for operators who want to see it: {@code LOGGING_LEVEL_ORG_PUENTE_SCHEDULING=debug}
	 * logs every execution's end on the node that ran it (a failure is logged by db-scheduler itself).
	 */
	static final class JobLog extends AbstractSchedulerListener {

		private static final Logger LOG = LoggerFactory.getLogger(JobLog.class);

		@Override
		public void onExecutionComplete(ExecutionComplete done) {
			if (LOG.isDebugEnabled()) {
				LOG.debug("Ran {} ({}) here in {} ms: {}", done.getExecution().getTaskName(),
						done.getExecution().getId(), done.getDuration().toMillis(), done.getResult());
			}
		}
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

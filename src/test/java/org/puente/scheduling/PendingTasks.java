package org.puente.scheduling;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.task.TaskDecorator;
import org.springframework.stereotype.Component;

import static org.awaitility.Awaitility.await;

/**
 * Counts the tasks handed to the application's executor (Spring Boot gives a unique {@link TaskDecorator} bean to
 * {@code applicationTaskExecutor}, which runs the asynchronous module listeners) until each has finished. A task is
 * counted when it is handed over, in the caller's thread, so once the count is back to zero every listener call
 * started by what the caller did before has run: "the listener was not called again" is then a fact, not two
 * seconds of waiting in which a late call would have shown ({@link EventResubmissionTests}, suite19).
 * <p>
 * A component of the test sources found by the scan, as {@link FlakyProbeListener}: every test context has it, so
 * they all stay one context.
 */
@Component
class PendingTasks implements TaskDecorator {

	private final AtomicInteger pending = new AtomicInteger();

	private final AtomicLong handed = new AtomicLong();

	@Override
	public Runnable decorate(Runnable task) {
		pending.incrementAndGet();
		handed.incrementAndGet();
		return () -> {
			try {
				task.run();
			}
			finally {
				pending.decrementAndGet();
			}
		};
	}

	/** Waits until every task handed to the executor so far (and any it handed on) has finished. */
	void awaitNone() {
		await("the tasks handed to the application's executor").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> pending.get() == 0);
	}

	/** How many tasks have been handed over so far: a test shows with it that its listener runs on the executor counted. */
	long handed() {
		return handed.get();
	}
}

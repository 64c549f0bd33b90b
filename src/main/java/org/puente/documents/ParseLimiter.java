package org.puente.documents;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one gate in front of the parser children, for documents and minutes alike: at most {@code children} files
 * are parsed at once (each child is a JVM, and on a small machine more of them only take CPU from everybody
 * else's requests). A person's request for a file read waits its turn in a short line (at most {@code queue}
 * requests, each for at most {@code wait}); when the line is full, or the turn does not come in time, the request is
 * refused with {@link RefusalKind#BUSY} — a 503 with Retry-After in the person's language, never a 500 and never a
 * hang. Background work (the documents' extraction, run by the scheduler's few threads) waits as long as it takes
 * and takes no place in that line. Turns are given in order of arrival.
 */
final class ParseLimiter {

	private static final Logger LOG = LoggerFactory.getLogger(ParseLimiter.class);

	static final String BUSY = "documents.extraction.busy";

	private final Semaphore children;

	private final int queue;

	private final Duration wait;

	private final AtomicInteger waiting = new AtomicInteger();

	/**
	 * @param children files parsed at once
	 * @param queue people's requests that may wait for a turn (0: none waits; refused when every child is busy)
	 * @param wait how long such a request waits for its turn before it is refused
	 */
	ParseLimiter(int children, int queue, Duration wait) {
		if (children < 1 || queue < 0) {
			throw new IllegalArgumentException("children >= 1 and queue >= 0, not " + children + ", " + queue);
		}
		this.children = new Semaphore(children, true);
		this.queue = queue;
		this.wait = wait;
	}

	/** A person's request: a turn now, or after waiting in line; refused (BUSY) if the line is full or too slow. */
	void enter() throws InterruptedException {
		if (children.tryAcquire(0, TimeUnit.MILLISECONDS)) { // fair: never ahead of those already waiting
			return;
		}
		if (waiting.incrementAndGet() > queue) {
			waiting.decrementAndGet();
			throw busy("the line is full");
		}
		try {
			if (!children.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw busy("no turn within " + wait.toSeconds() + " s");
			}
		}
		finally {
			waiting.decrementAndGet();
		}
	}

	/** Background work: waits for a turn however long it takes, outside the people's line. */
	void enterInBackground() throws InterruptedException {
		children.acquire();
	}

	/** Gives the turn to the next in line. */
	void leave() {
		children.release();
	}

	/** People's requests waiting for a turn now. */
	int waiting() {
		return waiting.get();
	}

	private RefusedException busy(String why) {
		LOG.info("Refused a file read, the parser children are busy: {} ({} waiting)", why, waiting.get());
		return new RefusedException(RefusalKind.BUSY, BUSY);
	}
}

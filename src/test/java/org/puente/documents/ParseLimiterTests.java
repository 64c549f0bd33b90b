package org.puente.documents;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The gate in front of the parser children: with one child, a second read waits for the first, a read beyond the
 * line is refused as BUSY (a 503 with Retry-After, see {@code web.BusyAnswersTests}), a read whose turn does not come
 * in time too, and the scheduler's background reads wait without taking a person's place. Without the gate every
 * upload started its own parse at once.
 */
class ParseLimiterTests {

	@Test
	void withOneChildASecondReadWaitsForTheFirstAndAThirdBeyondTheLineIsRefused() throws Exception {
		ParseLimiter limiter = new ParseLimiter(1, 1, Duration.ofSeconds(30));
		limiter.enter(); // the first read parses
		CountDownLatch secondIn = new CountDownLatch(1);
		CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
			try {
				limiter.enter();
				secondIn.countDown();
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
		waitUntilWaiting(limiter, 1);
		assertThat(secondIn.getCount()).as("the second read waits while the first parses").isEqualTo(1);

		assertThatThrownBy(limiter::enter).as("the line (1) is full").isInstanceOfSatisfying(RefusedException.class,
				refused -> {
					assertThat(refused.kind()).isEqualTo(RefusalKind.BUSY);
					assertThat(refused.messageKey()).isEqualTo("documents.extraction.busy");
				});

		limiter.leave(); // the first read is done
		assertThat(secondIn.await(10, TimeUnit.SECONDS)).as("the second read gets its turn").isTrue();
		second.get(10, TimeUnit.SECONDS);
		assertThat(limiter.waiting()).isZero();
		limiter.leave();
		limiter.enter(); // nobody parses any more: a turn at once
		limiter.leave();
	}

	@Test
	void aReadWhoseTurnDoesNotComeInTimeIsRefusedAndLeavesTheLine() throws Exception {
		ParseLimiter limiter = new ParseLimiter(1, 4, Duration.ofMillis(200));
		limiter.enter();
		assertThatThrownBy(limiter::enter).isInstanceOfSatisfying(RefusedException.class,
				refused -> assertThat(refused.kind()).isEqualTo(RefusalKind.BUSY));
		assertThat(limiter.waiting()).isZero();
		limiter.leave();
	}

	@Test
	void backgroundReadsWaitOutsideThePeoplesLine() throws Exception {
		ParseLimiter limiter = new ParseLimiter(1, 0, Duration.ofSeconds(30));
		limiter.enterInBackground();
		CompletableFuture<Void> background = CompletableFuture.runAsync(() -> {
			try {
				limiter.enterInBackground();
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
		await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(background).as("waits however long it takes").isNotDone());
		assertThat(limiter.waiting()).as("and takes no person's place").isZero();
		assertThatThrownBy(limiter::enter).as("no line at all: a person is refused while the child is busy")
			.isInstanceOf(RefusedException.class);
		limiter.leave();
		background.get(10, TimeUnit.SECONDS);
		limiter.leave();
	}

	private static void waitUntilWaiting(ParseLimiter limiter, int count) {
		await().atMost(Duration.ofSeconds(5)).until(limiter::waiting, waiting -> waiting >= count);
		assertThat(limiter.waiting()).isEqualTo(count);
	}
}

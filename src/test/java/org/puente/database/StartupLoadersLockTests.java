package org.puente.database;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes started at once on one empty database: the second runs its start-up loaders only after the first's are
 * done, and a started node holds the lock no longer.
 */
@PuenteTest
class StartupLoadersLockTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aStartedNodeLeavesTheLockFreeForTheNext() {
		Boolean free = jdbc.queryForObject("select pg_try_advisory_lock(?)", Boolean.class, StartupLoadersLock.KEY);
		assertThat(free).as("the lock after this context's start").isTrue();
		jdbc.queryForObject("select pg_advisory_unlock(?)", Boolean.class, StartupLoadersLock.KEY);
	}

	@Test
	void theSecondNodeWaitsUntilTheFirstIsReady() throws Exception {
		StartupLoadersLock first = new StartupLoadersLock(dataSource);
		StartupLoadersLock second = new StartupLoadersLock(dataSource);
		first.acquire();
		CompletableFuture<Void> secondLoads = CompletableFuture.runAsync(() -> {
			try {
				second.acquire();
			}
			catch (java.sql.SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
		try {
			Thread.sleep(1_000);
			assertThat(secondLoads).as("while the first node loads").isNotDone();
			first.release();
			secondLoads.get(10, TimeUnit.SECONDS);
		}
		finally {
			first.release();
			secondLoads.cancel(true);
			second.release();
		}
		Boolean free = jdbc.queryForObject("select pg_try_advisory_lock(?)", Boolean.class, StartupLoadersLock.KEY);
		assertThat(free).as("after both are ready").isTrue();
		jdbc.queryForObject("select pg_advisory_unlock(?)", Boolean.class, StartupLoadersLock.KEY);
	}
}

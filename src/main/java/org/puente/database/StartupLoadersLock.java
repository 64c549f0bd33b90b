package org.puente.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One node at a time runs the start-up loaders (every {@code ApplicationRunner}: the reference data, the joint letter's
 * template, the demo data). Each reads what is there and adds what is missing: safe for one node, not for two started
 * at once on an empty database, where both read "missing" and the second one's insert fails and stops that node
 * (docs/operations.md, "Checked on 2026-12-05": a demo node died with {@code MinutesAlreadyUploaded}). A PostgreSQL
 * advisory lock of the connection's session, taken once the context has started (before the runners) and released
 * when the application is ready (after them), makes the second node wait for the first's loaders and then find
 * everything in place. A node that fails in between closes its connection, which releases the lock.
 */
@Component
class StartupLoadersLock implements DisposableBean {

	/** The advisory lock's key, Puente's own: the seven ASCII bytes of "puntelo" (seven, so the long stays positive). */
	static final long KEY = 0x70756e74656c6fL;

	private static final Logger LOG = LoggerFactory.getLogger(StartupLoadersLock.class);

	private final DataSource dataSource;

	private @Nullable Connection held;

	StartupLoadersLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@EventListener(ApplicationStartedEvent.class)
	synchronized void acquire() throws SQLException {
		if (held != null) {
			return;
		}
		Connection connection = dataSource.getConnection();
		try (Statement statement = connection.createStatement()) {
			var tried = statement.executeQuery("select pg_try_advisory_lock(" + KEY + ")");
			tried.next();
			if (!tried.getBoolean(1)) {
				LOG.info("Another node is loading its start-up data into this database; waiting for it to finish");
				statement.execute("select pg_advisory_lock(" + KEY + ")");
			}
			held = connection;
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	synchronized void release() {
		Connection connection = held;
		if (connection == null) {
			return;
		}
		held = null;
		try (connection; Statement statement = connection.createStatement()) {
			statement.execute("select pg_advisory_unlock(" + KEY + ")");
		}
		catch (SQLException ex) {
			// the connection is closed either way, and PostgreSQL drops a closed session's locks
			LOG.warn("Could not release the start-up lock: {}", ex.getMessage());
		}
	}

	/** A start that failed between the two events: the context closes, the lock goes with it. */
	@Override
	public void destroy() {
		release();
	}
}

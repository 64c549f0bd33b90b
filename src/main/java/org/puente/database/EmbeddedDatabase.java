package org.puente.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL 17 server per data folder and JVM. Test suites build several Spring contexts in one
 * JVM; they share the server instead of each starting (and fighting over the folder lock of) their own. The server
 * asks every connection for the password of {@link EmbeddedPassword}, the tests' servers too.
 */
final class EmbeddedDatabase {

	static final String DATABASE = "puente";

	static final String SUPERUSER = "postgres";

	private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private static final Map<Path, Server> SERVERS = new ConcurrentHashMap<>();

	private static final Map<Path, EmbeddedPasswordException> REFUSED = new ConcurrentHashMap<>();

	/** Connection pools open on each server: at the JVM's exit a server stops once its pools are closed. */
	private static final Map<Path, java.util.concurrent.atomic.AtomicInteger> POOLS = new ConcurrentHashMap<>();

	/**
	 * How long the server waits at exit for the pools to close: the application's graceful shutdown
	 * ({@code spring.lifecycle.timeout-per-shutdown-phase} per phase) and a running job's time to end, with room.
	 */
	private static final long WAIT_FOR_POOLS_MS = 20_000;

	/** zonky's own default: how long its readiness check tries the password before the start fails. */
	private static final Duration READINESS_WAIT = Duration.ofSeconds(10);

	private EmbeddedDatabase() {
	}

	/**
	 * The embedded server on {@code dataDir}, started (and made to ask for its password) by the first call.
	 *
	 * @param maxConnections the server's {@code max_connections}, set when this JVM starts it (a later pool on the
	 * same folder shares the running server)
	 * @param password the password the operator chose ({@code PUENTE_DB_PASSWORD}), or null for the stored one (made
	 * at the first start)
	 */
	static Server server(Path dataDir, boolean clean, int maxConnections, @Nullable String password) {
		return server(dataDir, clean, maxConnections, password, READINESS_WAIT);
	}

	/**
	 * As {@link #server(Path, boolean, int, String)}, with how long zonky's readiness check (a connection with the
	 * password, after {@code pg_ctl -w start} has seen the server accept connections) keeps trying before the start
	 * fails. A refused password fails every try, so the refusal is told only once this is over: the tests of a
	 * refused password give it 3 s instead of 10 (EmbeddedPasswordTests, suite19).
	 */
	static synchronized Server server(Path dataDir, boolean clean, int maxConnections, @Nullable String password,
			Duration readinessWait) {
		Path folder = folder(dataDir);
		EmbeddedPasswordException refused = REFUSED.get(folder);
		if (refused != null) {
			// the early start was refused; zonky still holds the folder's lock, so a second try could only say less
			throw refused;
		}
		try {
			return SERVERS.computeIfAbsent(folder, f -> start(f, clean, maxConnections, password, readinessWait));
		}
		catch (EmbeddedPasswordException ex) {
			REFUSED.put(folder, ex);
			throw ex;
		}
	}

	/** A running server, with the password its pools give. */
	record Server(EmbeddedPostgres postgres, String password) {

		String jdbcUrl() {
			return postgres.getJdbcUrl(SUPERUSER, DATABASE);
		}
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

	private static Server start(Path folder, boolean clean, int maxConnections, @Nullable String chosen,
			Duration readinessWait) {
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new DataDirectoryUnusableException(folder, ex);
		}
		if (!Files.isWritable(folder)) {
			throw new DataDirectoryUnusableException(folder, null);
		}
		EmbeddedPassword stored = new EmbeddedPassword(folder);
		boolean fresh = clean || !Files.exists(folder.resolve("postgresql.conf"));
		// a folder of an earlier Puente: its server lets any local user in until this start gives it a password
		boolean open = !fresh && EmbeddedPassword.trusts(folder);
		String known = stored.read();
		boolean given = chosen != null && !chosen.isBlank();
		String password = given ? chosen : known != null ? known : EmbeddedPassword.generate();
		if (fresh) {
			// stored first: initdb reads the superuser's password from this file
			stored.write(password);
			if (known == null && !given) {
				LOG.info("The embedded database's password is made and kept in {} (docs/operations.md)", stored.file());
			}
			known = password;
		}
		else if (!open && known == null && !given) {
			throw new EmbeddedPasswordException("The database in " + folder + " asks for a password, and "
					+ stored.file() + " that keeps it is missing",
					"Put back " + stored.file() + " from the backup of the data folder, or start with "
							+ "PUENTE_DB_PASSWORD set to the database's password.");
		}
		// the server of an earlier Puente takes any password until it is given one; a secured one takes the stored one
		String current = open || known == null ? password : known;
		EmbeddedPostgres server;
		try {
			server = EmbeddedPostgres.builder()
				.setDataDirectory(folder)
				.setCleanDataDirectory(clean)
				.setServerConfig("max_connections", String.valueOf(maxConnections))
				.setServerConfig("shared_buffers", "128MB")
				// TCP on the loopback only (PostgreSQL's default, said here), and no Unix socket at all: zonky leaves it
				// in the binaries' default folder, /tmp, where every local user could reach it
				.setServerConfig("listen_addresses", "localhost")
				.setServerConfig("unix_socket_directories", "''")
				// zonky 2.2.2 runs initdb with "-A trust" and appends each locale setting as "--key=value"
				// (EmbeddedPostgres.initdb, createLocaleOptions): a new server is born with the password and asking
				// for it, never open, not even for the seconds of its first start
				.setLocaleConfig("pwfile", stored.file().toAbsolutePath().toString())
				.setLocaleConfig("auth-host", "scram-sha-256")
				.setLocaleConfig("auth-local", "scram-sha-256")
				// the password of zonky's own readiness check (ignored by the server of an earlier Puente)
				.setConnectConfig("password", current)
				.setPGStartupWait(readinessWait)
				// zonky's own hook stops the server at once on SIGTERM, before the application has closed its pools:
				// every part still closing (the event registry, Hibernate, db-scheduler) then waited the pool's
				// 10 s for a connection; ours below stops it after the last pool is closed
				.setRegisterShutdownHook(false)
				.start();
		}
		catch (IOException ex) {
			if (refusedPassword(ex)) {
				stopLeftRunning(folder);
				throw new EmbeddedPasswordException("The database in " + folder + " refused the password "
						+ (given ? "of PUENTE_DB_PASSWORD" : "of " + stored.file()),
						"Start with PUENTE_DB_PASSWORD set to the database's password, or put back " + stored.file()
								+ " from the backup of the data folder.");
			}
			throw new DataDirectoryUnusableException(folder, ex);
		}
		// after the application has closed its pools: stopping first made every closing part wait 30 s for a connection
		Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterPools(folder, server), "embedded-postgres-stop"));
		if (open) {
			stored.secure(server, folder, password);
		}
		else if (!password.equals(current)) {
			stored.change(server, current, password);
		}
		else if (!password.equals(known)) {
			// the file was lost and PUENTE_DB_PASSWORD was right: kept again, later starts need no variable
			stored.write(password);
		}
		createDatabaseIfMissing(server, password);
		return new Server(server, password);
	}

	/** Whether zonky gave up because the server refused the password (SQLSTATE class 28, "invalid authorization"). */
	private static boolean refusedPassword(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("28")) {
				return true;
			}
		}
		return false;
	}

	/** zonky leaves the server running when its readiness check fails: stopped here, not left behind at exit. */
	private static void stopLeftRunning(Path folder) {
		try {
			long pid = Long.parseLong(Files.readAllLines(folder.resolve("postmaster.pid")).get(0).strip());
			ProcessHandle.of(pid).ifPresent(postmaster -> {
				postmaster.destroy();
				postmaster.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(ex -> null).join();
			});
		}
		catch (IOException | RuntimeException ex) {
			LOG.debug("Could not stop the server left running in {}: {}", folder, ex.getMessage());
		}
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres server, String password) {
		try (Connection c = EmbeddedPassword.superuser(server, password);
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

	/** Stops the server on {@code dataDir} now, as Puente's exit would (tests: a restart on the same folder). */
	static synchronized void stop(Path dataDir) {
		REFUSED.remove(folder(dataDir));
		Server server = SERVERS.remove(folder(dataDir));
		if (server != null) {
			closeQuietly(server.postgres());
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

package org.puente.database;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Puente reaches PostgreSQL. With no {@code url} it runs its own embedded server whose files live in
 * {@code dataDir}; with a {@code url} it uses that external server and starts nothing.
 *
 * @param password the external server's password; for the embedded one, a password chosen by the operator instead
 * of the one Puente made at the first start (the embedded server is given it, and it is kept in the data folder)
 *
 * @param maxPoolSize connections this node keeps open (default {@value #DEFAULT_POOL}); the embedded server
 * accepts {@link #maxConnections()}, an external one must accept the sum over all nodes plus a few for tools
 * @param connectionTimeoutMs how long a request waits in line for a connection before it is answered 503 with
 * Retry-After (default {@value #DEFAULT_WAIT_MS} ms)
 */
@ConfigurationProperties("puente.db")
record DatabaseProperties(@Nullable String url, @Nullable String user, @Nullable String password, Path dataDir,
		boolean cleanOnStart, int maxPoolSize, long connectionTimeoutMs) {

	DatabaseProperties {
		if (dataDir == null) {
			dataDir = Path.of("data");
		}
		if (maxPoolSize <= 0) {
			maxPoolSize = DEFAULT_POOL;
		}
		if (connectionTimeoutMs <= 0) {
			connectionTimeoutMs = DEFAULT_WAIT_MS;
		}
	}

	/**
	 * Enough for a 2–4-core machine running the database too: more connections than that only queue inside
	 * PostgreSQL (measured in docs/operations.md, "Load"); requests beyond it wait in line for one.
	 */
	static final int DEFAULT_POOL = 20;

	/**
	 * A request waits this long for a connection: a burst queues and is served (under 200 people a connection
	 * comes within a second or two), while a database that is gone or stuck is told in 10 s, under the 30 s after
	 * which browsers and proxies give up.
	 */
	static final long DEFAULT_WAIT_MS = 10_000;

	/**
	 * The embedded server's {@code max_connections}: this node's pool twice over (a restarting context, the tests'
	 * several contexts in one JVM) plus room for psql and pg_dump, and never fewer than 200 (a test JVM holds several contexts' pools).
	 */
	int maxConnections() {
		return Math.max(200, 2 * maxPoolSize + 20);
	}

	boolean external() {
		return url != null && !url.isBlank();
	}
}

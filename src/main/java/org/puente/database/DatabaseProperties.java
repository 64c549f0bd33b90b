package org.puente.database;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Puente reaches PostgreSQL. With no {@code url} it runs its own embedded server whose files live in
 * {@code dataDir}; with a {@code url} it uses that external server and starts nothing.
 */
@ConfigurationProperties("puente.db")
record DatabaseProperties(@Nullable String url, @Nullable String user, @Nullable String password, Path dataDir,
		boolean cleanOnStart, int maxPoolSize, long connectionTimeoutMs) {

	DatabaseProperties {
		if (dataDir == null) {
			dataDir = Path.of("data");
		}
		if (maxPoolSize <= 0) {
			maxPoolSize = 10;
		}
		if (connectionTimeoutMs <= 0) {
			connectionTimeoutMs = 3_000; // an exhausted pool answers 503 with Retry-After in 3 s, not a 30 s hang
		}
	}

	boolean external() {
		return url != null && !url.isBlank();
	}
}

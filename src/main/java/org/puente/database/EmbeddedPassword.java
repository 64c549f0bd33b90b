package org.puente.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of the embedded server's superuser {@code postgres}, kept beside the server's folder in
 * {@code $PUENTE_DATA_DIR/postgres-password}, readable by its owner only, and the server's {@code pg_hba.conf}
 * that asks every connection for it. Whoever can read the data folder can read the database's files anyway; the
 * password keeps out the machine's <em>other</em> users, who could otherwise connect to the server's port.
 */
final class EmbeddedPassword {

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	/** A line of pg_hba.conf whose method is {@code trust}: the server of an earlier Puente, open to any local user. */
	private static final Pattern TRUST = Pattern.compile("(?m)^\\s*(local|host)\\S*\\s.*\\strust\\s*$");

	/**
	 * What initdb writes with {@code --auth=scram-sha-256}, as the one rule set of every Puente server: the password
	 * for every connection, over TCP (loopback only) and over the Unix socket (which Puente does not open).
	 */
	static final String HBA = """
			# Written by Puente (docs/operations.md, "The embedded database's password"): every connection gives the
			# password of $PUENTE_DATA_DIR/postgres-password.
			local   all             all                                     scram-sha-256
			host    all             all             127.0.0.1/32            scram-sha-256
			host    all             all             ::1/128                 scram-sha-256
			local   replication     all                                     scram-sha-256
			host    replication     all             127.0.0.1/32            scram-sha-256
			host    replication     all             ::1/128                 scram-sha-256
			""";

	private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPassword.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Path file;

	/** @param folder the server's folder, {@code $PUENTE_DATA_DIR/postgres} */
	EmbeddedPassword(Path folder) {
		this.file = folder.resolveSibling(folder.getFileName() + "-password");
	}

	Path file() {
		return file;
	}

	/** 192 random bits in 32 characters of URL-safe Base64: nothing to quote in a shell, a URL or a pgpass line. */
	static String generate() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The stored password, or null when there is none yet; a file others could read is made owner-only again. */
	@Nullable String read() {
		if (!Files.exists(file)) {
			return null;
		}
		try {
			restrict(file);
			String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
			return stored.isEmpty() ? null : stored;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	/** Replaces the stored password at once (a new owner-only file moved over the old): never half written. */
	void write(String password) {
		writeOwnerOnly(file, password + "\n");
	}

	/** Whether the server in {@code folder} lets some connection in without a password (made by an earlier Puente). */
	static boolean trusts(Path folder) {
		Path hba = folder.resolve("pg_hba.conf");
		try {
			return Files.exists(hba) && TRUST.matcher(Files.readString(hba, StandardCharsets.UTF_8)).find();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + hba, ex);
		}
	}

	/** Replaces the server's rules by {@link #HBA}; they apply from the server's next reload. */
	static void askForPassword(Path folder) {
		writeOwnerOnly(folder.resolve("pg_hba.conf"), HBA);
	}

	/**
	 * Gives the server of an earlier Puente its password and makes it ask for it: the password stored first (a start
	 * that stops half-way finds the server still open and does it all again), the rules written, then reloaded.
	 */
	void secure(EmbeddedPostgres server, Path folder, String password) {
		write(password);
		try (Connection c = superuser(server, password)) {
			c.unwrap(PGConnection.class).alterUserPassword(EmbeddedDatabase.SUPERUSER, password.toCharArray(), "scram-sha-256");
			askForPassword(folder);
			try (var reload = c.createStatement()) {
				reload.execute("select pg_reload_conf()");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not give the database in " + folder + " a password", ex);
		}
		awaitPasswordAsked(server, folder);
		LOG.warn("The database in {} let every local user in without a password (made by an earlier Puente): it now "
				+ "asks for the password kept in {} (docs/operations.md)", folder, file);
	}

	/** The reload is a signal the server handles on its own time: the start goes on once it is in force. */
	private static void awaitPasswordAsked(EmbeddedPostgres server, Path folder) {
		long until = System.currentTimeMillis() + 10_000;
		while (System.currentTimeMillis() < until) {
			try (Connection c = superuser(server, "")) {
				// still let in without a password
			}
			catch (SQLException asked) {
				return;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		throw new IllegalStateException("The database in " + folder + " still lets connections in without a password");
	}

	/**
	 * PUENTE_DB_PASSWORD differs from the stored password: the server is given the new one, and the file keeps it,
	 * in one transaction (a file that cannot be written leaves the server with the old one).
	 */
	void change(EmbeddedPostgres server, String current, String password) {
		try (Connection c = superuser(server, current)) {
			c.setAutoCommit(false);
			c.unwrap(PGConnection.class).alterUserPassword(EmbeddedDatabase.SUPERUSER, password.toCharArray(), "scram-sha-256");
			write(password);
			c.commit();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not change the database's password", ex);
		}
		LOG.info("The embedded database's password is now the one of PUENTE_DB_PASSWORD, kept in {}", file);
	}

	static Connection superuser(EmbeddedPostgres server, String password) throws SQLException {
		return server.getDatabase(EmbeddedDatabase.SUPERUSER, "postgres", Map.of("password", password)).getConnection();
	}

	private static void writeOwnerOnly(Path target, String content) {
		Path next = target.resolveSibling(target.getFileName() + ".new");
		try {
			Files.deleteIfExists(next);
			try {
				Files.createFile(next, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
			}
			catch (UnsupportedOperationException notPosix) {
				Files.createFile(next);
			}
			Files.writeString(next, content, StandardCharsets.UTF_8);
			try {
				Files.move(next, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(next, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + target, ex);
		}
	}

	private static void restrict(Path path) throws IOException {
		try {
			if (!Files.getPosixFilePermissions(path).equals(OWNER_ONLY)) {
				Files.setPosixFilePermissions(path, OWNER_ONLY);
			}
		}
		catch (UnsupportedOperationException notPosix) {
			// a file system without POSIX permissions: the folder's own protection is all there is
		}
	}
}

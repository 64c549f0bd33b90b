package org.puente.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server asks every connection for its password: another user of the machine who finds its port gets
 * nothing, on a new data folder and on one made by an earlier Puente alike. Each test starts a server of its own on
 * a throw-away folder (the suite's shared server of each test JVM, on target/test-data-N, starts the same way: see
 * EmbeddedPasswordStartTests), so that it can stop and start it again like a restart of Puente.
 */
class EmbeddedPasswordTests {

	@TempDir
	Path data;

	@Test
	void aNewServerLetsInOnlyWhoGivesTheStoredPassword() throws Exception {
		EmbeddedDatabase.Server server = EmbeddedDatabase.server(data, false, 20, null);
		Path file = data.resolve("postgres-password");
		String stored = Files.readString(file).strip();
		assertThat(stored).as("made at the first start").hasSizeGreaterThanOrEqualTo(32).isEqualTo(server.password());
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

		int port = server.postgres().getPort();
		assertRefused(port, "");
		assertRefused(port, "postgres");
		try (Connection c = connect(port, stored); var s = c.createStatement()) {
			s.execute("create table kept (word text); insert into kept values ('puente')");
			var settings = s.executeQuery("select current_setting('listen_addresses'), "
					+ "current_setting('unix_socket_directories')");
			settings.next();
			assertThat(settings.getString(1)).as("TCP on the loopback only").isEqualTo("localhost");
			assertThat(settings.getString(2)).as("no Unix socket, which zonky left open in /tmp").isEmpty();
		}

		EmbeddedDatabase.stop(data);
		EmbeddedDatabase.Server again = EmbeddedDatabase.server(data, false, 20, null);
		assertThat(again.password()).as("a restart keeps the password").isEqualTo(stored);
		assertThat(Files.readString(file).strip()).isEqualTo(stored);
		assertRefused(again.postgres().getPort(), "");
		assertThat(kept(again.postgres().getPort(), stored)).isEqualTo("puente");
		EmbeddedDatabase.stop(data);
	}

	@Test
	void theOpenServerOfAnEarlierPuenteIsGivenAPasswordAtItsNextStart() throws Exception {
		// the data folder as Puente left it before: zonky's own server, initdb'd with trust authentication
		try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(data.resolve("postgres"))
			.setCleanDataDirectory(false).start(); Connection c = earlier.getPostgresDatabase().getConnection()) {
			c.createStatement().execute("create database " + EmbeddedDatabase.DATABASE);
			try (Connection puente = connect(earlier.getPort(), "")) {
				puente.createStatement().execute("create table kept (word text); insert into kept values ('acta')");
			}
		}
		assertThat(EmbeddedPassword.trusts(data.resolve("postgres"))).as("open before the upgrade").isTrue();

		EmbeddedDatabase.Server upgraded = EmbeddedDatabase.server(data, false, 20, null);
		int port = upgraded.postgres().getPort();
		assertRefused(port, "");
		assertThat(kept(port, upgraded.password())).as("the earlier data, kept").isEqualTo("acta");
		assertThat(Files.readString(data.resolve("postgres-password")).strip()).isEqualTo(upgraded.password());
		assertThat(EmbeddedPassword.trusts(data.resolve("postgres"))).isFalse();

		EmbeddedDatabase.stop(data);
		EmbeddedDatabase.Server restarted = EmbeddedDatabase.server(data, false, 20, null);
		assertThat(restarted.password()).isEqualTo(upgraded.password());
		assertRefused(restarted.postgres().getPort(), "");
		assertThat(kept(restarted.postgres().getPort(), restarted.password())).isEqualTo("acta");
		EmbeddedDatabase.stop(data);
	}

	@Test
	void aPasswordChosenByTheOperatorReplacesTheStoredOne() throws Exception {
		String made = EmbeddedDatabase.server(data, false, 20, null).password();
		EmbeddedDatabase.stop(data);

		EmbeddedDatabase.Server server = EmbeddedDatabase.server(data, false, 20, "chosen-by-the-operator-2026");
		int port = server.postgres().getPort();
		assertThat(connect(port, "chosen-by-the-operator-2026").isValid(5)).isTrue();
		assertRefused(port, made);
		assertThat(Files.readString(data.resolve("postgres-password")).strip()).isEqualTo("chosen-by-the-operator-2026");
		EmbeddedDatabase.stop(data);
	}

	@Test
	void aLostPasswordFileOrAWrongPasswordIsSaidPlainly() throws Exception {
		String made = EmbeddedDatabase.server(data, false, 20, null).password();
		EmbeddedDatabase.stop(data);
		Path file = data.resolve("postgres-password");

		Files.delete(file);
		assertThatThrownBy(() -> EmbeddedDatabase.server(data, false, 20, null))
			.isInstanceOf(EmbeddedPasswordException.class)
			.hasMessageContaining(file.toString());
		EmbeddedDatabase.stop(data); // as a new run of Puente: this JVM remembers a refusal for its second try

		// the operator gives the right one: it works, and it is kept again for the starts without the variable
		EmbeddedDatabase.server(data, false, 20, made);
		assertThat(Files.readString(file).strip()).isEqualTo(made);
		EmbeddedDatabase.stop(data);

		Files.writeString(file, "not-the-password\n");
		// zonky tries the refused password until its readiness wait is over: 3 s, not its 10 (the server is up by then)
		assertThatThrownBy(() -> EmbeddedDatabase.server(data, false, 20, null, Duration.ofSeconds(3)))
			.isInstanceOf(EmbeddedPasswordException.class)
			.hasMessageContaining("refused the password");
		assertThat(data.resolve("postgres/postmaster.pid")).as("the refused server is not left running").doesNotExist();
		EmbeddedDatabase.stop(data);
	}

	private static void assertRefused(int port, String password) {
		assertThatThrownBy(() -> connect(port, password).close()).as("a connection with the password '%s'", password)
			.isInstanceOf(SQLException.class);
	}

	private static String kept(int port, String password) throws SQLException {
		try (Connection c = connect(port, password);
				var row = c.createStatement().executeQuery("select word from kept")) {
			row.next();
			return row.getString(1);
		}
	}

	private static Connection connect(int port, String password) throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + EmbeddedDatabase.DATABASE,
				EmbeddedDatabase.SUPERUSER, password);
	}
}

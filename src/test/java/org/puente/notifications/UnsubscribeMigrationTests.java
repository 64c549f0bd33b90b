package org.puente.notifications;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mails queued before their unsubscribe address was signed at sending (V20261218_0100) kept a signed address;
 * the migration gives each its choice and account back, so that it goes out with a link signed anew, one that works.
 * Run on a scratch schema migrated up to the version before, not on the tests' own.
 */
@PuenteTest
class UnsubscribeMigrationTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aQueuedMailsSignedAddressBecomesItsChoiceAndAccount() {
		String schema = "migration_" + UUID.randomUUID().toString().substring(0, 8);
		try {
			migrate(schema, "20261217.1300");
			UUID account = UUID.randomUUID();
			jdbc.update("insert into " + schema + ".notice (id, subject, body) values (1, 'Resumen', 'Texto')");
			jdbc.update("insert into " + schema + ".notice_delivery (notice_id, recipient, unsubscribe) values "
					+ "(1, 'a@example.org', ?), (1, 'b@example.org', ?), (1, 'c@example.org', null), "
					+ "(1, 'd@example.org', 'https://elsewhere.example/baja')",
					"https://puente.example/unsubscribe/digest/" + account + "/Ab-_9",
					"https://puente.example/unsubscribe/meeting-notices/" + account + "/x");

			migrate(schema, "20261218.0100");

			List<Map<String, Object>> rows = jdbc.queryForList("select recipient, unsubscribe_choice, "
					+ "unsubscribe_account from " + schema + ".notice_delivery order by recipient");
			assertThat(rows).extracting(row -> row.get("unsubscribe_choice"))
				.containsExactly("digest", "meeting-notices", null, null);
			assertThat(rows).extracting(row -> row.get("unsubscribe_account"))
				.containsExactly(account, account, null, null);
		}
		finally {
			jdbc.execute("drop schema if exists " + schema + " cascade");
		}
	}

	private void migrate(String schema, String version) {
		// Connections of their own, not the pool's: a pooled one that ran the app's own migrations still holds their
		// session-temporary functions (V20261204_0400's pg_temp.codes), and creating it again fails
		com.zaxxer.hikari.HikariDataSource app = (com.zaxxer.hikari.HikariDataSource) dataSource;
		Flyway.configure().dataSource(app.getJdbcUrl(), app.getUsername(), app.getPassword()).schemas(schema)
			.locations("classpath:db/migration")
			.target(version).load().migrate();
	}
}

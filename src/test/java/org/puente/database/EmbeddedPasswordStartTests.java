package org.puente.database;

import java.sql.DriverManager;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Puente starts on its password-protected embedded server, the demo data in it, while a program that knows the
 * server's address but not the password is turned away. The suite's server is made like the default run's (the
 * same EmbeddedDatabase, its password in target/test-data-N/postgres-password, N the test JVM): what the tests pass,
 * the run does.
 */
@PuenteTest
class EmbeddedPasswordStartTests {

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void puenteStartsWithThePasswordAndAnyoneWithoutItIsTurnedAway() {
		assertThat(jdbc.queryForObject("select count(*) from meeting", Long.class)).as("the demo meetings").isPositive();
		assertThat(jdbc.queryForObject("select count(*) from account where username = 'st-crm'", Long.class))
			.isOne();
		assertThatThrownBy(() -> DriverManager.getConnection(dataSource.getJdbcUrl(), "postgres", "").close())
			.as("without a password").isInstanceOf(SQLException.class);
		assertThatThrownBy(() -> DriverManager.getConnection(dataSource.getJdbcUrl() + "&password=puente").close())
			.as("with a guessed one").isInstanceOf(SQLException.class);
		assertThat(dataSource.getPassword()).hasSizeGreaterThanOrEqualTo(32);
	}
}

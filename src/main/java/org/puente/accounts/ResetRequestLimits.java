package org.puente.accounts;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many password reset links may be asked for: per typed name or address, and per client address, within an hour.
 * Counted in the database, so that every node sees the same counts and asking each node in turn gains nothing.
 */
@Component
class ResetRequestLimits {

	/** The window the limits count in. */
	static final Duration WINDOW = Duration.ofHours(1);

	private final JdbcTemplate jdbc;

	private final int perName;

	private final int perClient;

	ResetRequestLimits(JdbcTemplate jdbc, @Value("${puente.password-reset.per-name:3}") int perName,
			@Value("${puente.password-reset.per-client:10}") int perClient) {
		this.jdbc = jdbc;
		this.perName = perName;
		this.perClient = perClient;
	}

	/**
	 * Counts a request for a link, unless this name or address, or this client, already asked its share within the
	 * hour. @return whether the request is admitted
	 */
	@Transactional
	boolean admit(String typed, String client) {
		String name = nameKey(typed);
		String from = "client:" + client;
		Instant since = Instant.now().minus(WINDOW);
		if (requests(name, since) >= perName || requests(from, since) >= perClient) {
			return false;
		}
		jdbc.update("insert into password_reset_request (key) values (?), (?)", name, from);
		jdbc.update("delete from password_reset_request where requested_at < ?",
				Timestamp.from(Instant.now().minus(Duration.ofDays(1))));
		return true;
	}

	private int requests(String key, Instant since) {
		Integer count = jdbc.queryForObject(
				"select count(*) from password_reset_request where key = ? and requested_at >= ?", Integer.class, key,
				Timestamp.from(since));
		return count == null ? 0 : count;
	}

	/** The typed name or address as counted: the same person typing "ST-CRM " and "st-crm" asks twice, not once. */
	private static String nameKey(String typed) {
		return "name:" + typed.strip().toLowerCase(Locale.ROOT);
	}
}

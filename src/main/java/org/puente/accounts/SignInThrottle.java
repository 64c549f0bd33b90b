package org.puente.accounts;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock a real person out. Failed sign-ins are counted per
 * account name (whether or not it exists, so the answer never tells) and per address; past a few free tries each
 * further failure doubles the wait before the next try is even checked, up to a cap — short for a name (a stranger
 * can only make its owner wait a minute), long for an address (the guesser waits, not the people it targets). A
 * success clears both; counts older than an hour are forgotten. Stored in the database, so all nodes agree.
 */
@Component
class SignInThrottle {

	private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);

	static final int FREE_TRIES = 5;

	static final Duration FIRST_DELAY = Duration.ofSeconds(1);

	static final Duration NAME_CAP = Duration.ofMinutes(1);

	static final Duration ADDRESS_CAP = Duration.ofMinutes(15);

	static final Duration FORGET_AFTER = Duration.ofHours(1);

	private final JdbcTemplate jdbc;

	SignInThrottle(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** How long this name or address must still wait before a try is checked; zero when it may try now. */
	Duration wait(String name, String address) {
		Instant now = Instant.now();
		List<Timestamp> until = jdbc.queryForList(
				"select blocked_until from sign_in_throttle where key in (?, ?) and blocked_until > ?", Timestamp.class,
				nameKey(name), addressKey(address), Timestamp.from(now));
		return until.stream()
			.map(t -> Duration.between(now, t.toInstant()))
			.max(Duration::compareTo)
			.orElse(Duration.ZERO);
	}

	void failed(String name, String address) {
		count(nameKey(name), NAME_CAP);
		count(addressKey(address), ADDRESS_CAP);
	}

	void succeeded(String name, String address) {
		jdbc.update("delete from sign_in_throttle where key in (?, ?)", nameKey(name), addressKey(address));
	}

	/** An administrator lifts the wait of an account's name. */
	void clear(String name) {
		jdbc.update("delete from sign_in_throttle where key = ?", nameKey(name));
	}

	boolean delayed(String name) {
		return !jdbc.queryForList("select 1 from sign_in_throttle where key = ? and blocked_until > now()",
				Integer.class, nameKey(name)).isEmpty();
	}

	/** The wait after the n-th failure in a row: none for the free tries, then 1 s, 2 s, 4 s … up to the cap. */
	static Duration delayAfter(int failures, Duration cap) {
		if (failures < FREE_TRIES) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - FREE_TRIES, 20);
		Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
		return delay.compareTo(cap) > 0 ? cap : delay;
	}

	private void count(String key, Duration cap) {
		Instant now = Instant.now();
		// one statement, so two nodes counting the same key at once both count
		Integer failures = jdbc.queryForObject("""
				insert into sign_in_throttle (key, failures, last_failure, blocked_until) values (?, 1, ?, ?)
				on conflict (key) do update set
				  failures = case when sign_in_throttle.last_failure < ? then 1 else sign_in_throttle.failures + 1 end,
				  last_failure = excluded.last_failure
				returning failures""", Integer.class, key, Timestamp.from(now), Timestamp.from(now),
				Timestamp.from(now.minus(FORGET_AFTER)));
		Duration delay = delayAfter(failures == null ? 1 : failures, cap);
		jdbc.update("update sign_in_throttle set blocked_until = ? where key = ?", Timestamp.from(now.plus(delay)), key);
		if (!delay.isZero()) {
			LOG.warn("Sign-in delayed {} s for {} after {} failures", delay.toSeconds(), key, failures);
		}
	}

	private static String nameKey(String name) {
		return "name:" + name.strip().toLowerCase(Locale.ROOT);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}
}

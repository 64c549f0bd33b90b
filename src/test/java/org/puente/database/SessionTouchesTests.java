package org.puente.database;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** A session's row is written when something in it changed, or its last access is a minute old; not at each request. */
@PuenteTest
class SessionTouchesTests {

	SessionRepository<Session> sessions;

	@Autowired
	@SuppressWarnings("unchecked")
	void sessions(SessionRepository<?> repository) {
		this.sessions = (SessionRepository<Session>) repository;
	}

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRequestWithinTheMinuteWritesNothingALaterOneOrAChangeDoes() {
		Session session = sessions.createSession();
		Instant start = Instant.now().minusSeconds(600);
		session.setLastAccessedTime(start);
		sessions.save(session);
		assertThat(lastAccess(session.getId())).isEqualTo(start.toEpochMilli());

		Session soon = sessions.findById(session.getId());
		soon.setLastAccessedTime(start.plusSeconds(20));
		sessions.save(soon);
		assertThat(lastAccess(session.getId())).as("20 s later: not written").isEqualTo(start.toEpochMilli());

		Session later = sessions.findById(session.getId());
		later.setLastAccessedTime(start.plusSeconds(61));
		sessions.save(later);
		assertThat(lastAccess(session.getId())).as("61 s later: written").isEqualTo(start.plusSeconds(61).toEpochMilli());

		Session renamed = sessions.findById(session.getId());
		renamed.setLastAccessedTime(start.plusSeconds(62));
		String newId = renamed.changeSessionId();
		renamed.setMaxInactiveInterval(Duration.ofHours(1));
		sessions.save(renamed);
		assertThat(sessions.findById(session.getId())).as("old id gone").isNull();
		Session found = sessions.findById(newId);
		assertThat(found).isNotNull();
		assertThat(found.getMaxInactiveInterval()).isEqualTo(Duration.ofHours(1));
		sessions.deleteById(newId);
	}

	private long lastAccess(String id) {
		return jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class, id);
	}
}

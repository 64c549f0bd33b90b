package org.puente.database;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Spring Session writes a session's row at every request only to move its last-access time. Concurrent requests of
 * one session (a page and its htmx fragments, a client with several connections) then queue on that row's lock,
 * each behind a commit that waits for the disk: a signed-in page at 16 connections answered in hundreds of
 * milliseconds while using little CPU (docs/performance.md). Here the row is written when something else changed
 * (the id, the timeout, the person) or when the last recorded access is at least a minute old; otherwise the update
 * matches no row and locks and writes nothing. A session may thus expire up to a minute before its 8 hours.
 */
@Configuration(proxyBeanMethods = false)
class SessionTouches {

	/** Less than this since the recorded last access: a session's row is not worth a write. */
	static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

	/** Spring Session's parameters, in its order: id, last access, max inactive, expiry, principal, primary id. */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> touchSessionsAtMostOnceAMinute() {
		return repository -> repository.setUpdateSessionQuery("""
				UPDATE %TABLE_NAME% s
				SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access, MAX_INACTIVE_INTERVAL = v.max_inactive,
				    EXPIRY_TIME = v.expiry, PRINCIPAL_NAME = v.principal
				FROM (SELECT CAST(? AS char(36)) AS session_id, CAST(? AS bigint) AS last_access, CAST(? AS int) AS max_inactive,
				             CAST(? AS bigint) AS expiry, CAST(? AS varchar(100)) AS principal, CAST(? AS char(36)) AS primary_id) v
				WHERE s.PRIMARY_ID = v.primary_id
				AND (s.SESSION_ID <> v.session_id OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive
				     OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal OR v.last_access - s.LAST_ACCESS_TIME >= """
				+ TOUCH_EVERY.toMillis() + ")");
	}
}

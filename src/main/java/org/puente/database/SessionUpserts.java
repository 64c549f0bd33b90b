package org.puente.database;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Two requests of one session that both add the same attribute (two tabs saving at once, two uploads — each
 * leaves a flash message) would both INSERT it, and the second would fail on the primary key with a 500. On
 * PostgreSQL the insert becomes an upsert: the later write wins, as it does for attributes that already exist.
 */
@Configuration(proxyBeanMethods = false)
class SessionUpserts {

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes() {
		return repository -> repository.setCreateSessionAttributeQuery("""
				INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
				VALUES (?, ?, ?)
				ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
				DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES""");
	}
}

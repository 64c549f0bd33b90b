package org.puente.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Supplies the one {@link DataSource} every capability uses. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(DatabaseProperties properties) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("puente");
		config.setMaximumPoolSize(properties.maxPoolSize());
		config.setConnectionTimeout(properties.connectionTimeoutMs());
		if (properties.external()) {
			config.setJdbcUrl(properties.url());
			config.setUsername(properties.user());
			config.setPassword(properties.password());
		}
		else {
			EmbeddedDatabase.Server server = EmbeddedDatabase.server(properties.dataDir(), properties.cleanOnStart(),
					properties.maxConnections(), properties.password());
			config.setJdbcUrl(server.jdbcUrl());
			config.setUsername(EmbeddedDatabase.SUPERUSER);
			config.setPassword(server.password());
		}
		// fail at start with a clear message rather than on the first request
		config.setInitializationFailTimeout(10_000);
		return new ClosingDataSource(config, properties.external() ? null : properties.dataDir());
	}

	/**
	 * The pool, which tells the embedded server when it is closed: the server stops only after the last pool on it,
	 * so that nothing closing after it (Hibernate, the scheduler) waits for a connection that can never come.
	 */
	static final class ClosingDataSource extends HikariDataSource {

		private final java.nio.file.@org.jspecify.annotations.Nullable Path embedded;

		ClosingDataSource(HikariConfig config, java.nio.file.@org.jspecify.annotations.Nullable Path embedded) {
			super(config);
			this.embedded = embedded;
			if (embedded != null) {
				EmbeddedDatabase.opened(embedded);
			}
		}

		@Override
		public void close() {
			boolean wasOpen = !isClosed();
			super.close();
			if (wasOpen && embedded != null) {
				EmbeddedDatabase.closed(embedded);
			}
		}
	}
}

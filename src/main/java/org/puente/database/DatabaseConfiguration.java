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
		if (properties.external()) {
			config.setJdbcUrl(properties.url());
			config.setUsername(properties.user());
			config.setPassword(properties.password());
		}
		else {
			config.setJdbcUrl(EmbeddedDatabase.jdbcUrl(properties.dataDir(), properties.cleanOnStart()));
			config.setUsername("postgres");
		}
		// fail at start with a clear message rather than on the first request
		config.setInitializationFailTimeout(10_000);
		return new HikariDataSource(config);
	}
}

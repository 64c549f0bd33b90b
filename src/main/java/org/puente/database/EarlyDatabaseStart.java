package org.puente.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the configuration is read, so that the server
 * starts (and the database is checked) while Spring reads the application's classes, instead of after it
 * (docs/performance.md, start-up). The {@code dataSource} bean then finds the server started, or waits for it;
 * if this early start fails, the bean starts it again and reports the failure as before. Nothing happens with an
 * external database ({@code puente.db.url}). Registered in {@code META-INF/spring.factories}.
 */
class EarlyDatabaseStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private static final Logger LOG = LoggerFactory.getLogger(EarlyDatabaseStart.class);

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		DatabaseProperties properties = Binder.get(event.getEnvironment())
			.bind("puente.db", DatabaseProperties.class)
			.orElse(null);
		// nor while Spring's ahead-of-time processing runs the start at build time (no server is needed then)
		if (properties == null || properties.external() || Boolean.getBoolean("spring.aot.processing")) {
			return;
		}
		Thread starter = new Thread(() -> {
			try {
				EmbeddedDatabase.server(properties.dataDir(), properties.cleanOnStart(), properties.maxConnections(),
						properties.password());
			}
			catch (RuntimeException ex) {
				// the dataSource bean tries again on the main thread and fails the start with the usual message
				LOG.debug("Early start of the embedded PostgreSQL failed: {}", ex.getMessage());
			}
		}, "embedded-postgres-start");
		starter.setDaemon(true);
		starter.start();
	}
}

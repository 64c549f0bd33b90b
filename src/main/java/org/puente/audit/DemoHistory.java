package org.puente.audit;

import org.puente.seeds.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo data is 2017's history, loaded at start-up: it stays in the audit log, but is not news. Once every demo
 * loader has run, the entries they wrote are taken off the public "what changed recently" lists.
 */
@DemoData(Ordered.LOWEST_PRECEDENCE)
class DemoHistory implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(DemoHistory.class);

	private final JdbcTemplate jdbc;

	private final ApplicationContext context;

	DemoHistory(JdbcTemplate jdbc, ApplicationContext context) {
		this.jdbc = jdbc;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		int hidden = jdbc.update("update audit_entry set public_entry = false where public_entry and at >= ?",
				new java.sql.Timestamp(context.getStartupDate()));
		if (hidden > 0) {
			LOG.info("{} demo-load entries kept in the audit log but off the public change lists", hidden);
		}
	}
}

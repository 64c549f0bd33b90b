package org.puente.notifications;

import java.util.List;
import java.util.Map;

import org.puente.refusal.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The development outbox as its pages read it: the latest messages, and one message in full. */
@Component
class Outbox {

	private final JdbcTemplate jdbc;

	private final FailedDeliveries failed;

	Outbox(JdbcTemplate jdbc, FailedDeliveries failed) {
		this.jdbc = jdbc;
		this.failed = failed;
	}

	/** How many failed deliveries and notices between modules wait for an administrator: the page links to them. */
	long failures() {
		return failed.count();
	}

	List<Map<String, Object>> latest() {
		return jdbc.queryForList(
				"select id, created_at, recipients, subject, attachment_names, language from outbox_message "
						+ "order by id desc limit 200");
	}

	Map<String, Object> message(long id) {
		var rows = jdbc.queryForList("select id, created_at, recipients, subject, body, attachment_names, language "
				+ "from outbox_message where id = ?", id);
		if (rows.isEmpty()) {
			throw new NotFoundException("notifications.outbox.notFound");
		}
		return rows.get(0);
	}
}

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

	Outbox(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Map<String, Object>> latest() {
		return jdbc.queryForList(
				"select id, created_at, recipients, subject, attachment_names from outbox_message order by id desc limit 200");
	}

	Map<String, Object> message(long id) {
		var rows = jdbc.queryForList("select id, created_at, recipients, subject, body, attachment_names "
				+ "from outbox_message where id = ?", id);
		if (rows.isEmpty()) {
			throw new NotFoundException("notifications.outbox.notFound");
		}
		return rows.get(0);
	}
}

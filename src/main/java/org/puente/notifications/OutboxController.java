package org.puente.notifications;

import org.puente.refusal.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The development outbox: every message the demo run would have sent. */
@Controller
class OutboxController {

	private final JdbcTemplate jdbc;

	OutboxController(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/admin/outbox")
	String list(Model model) {
		model.addAttribute("messages", jdbc.queryForList(
				"select id, created_at, recipients, subject, attachment_names from outbox_message order by id desc limit 200"));
		return "notifications/outbox";
	}

	@GetMapping("/admin/outbox/{id}")
	String show(@PathVariable long id, Model model) {
		var rows = jdbc.queryForList("select id, created_at, recipients, subject, body, attachment_names "
				+ "from outbox_message where id = ?", id);
		if (rows.isEmpty()) {
			throw new NotFoundException("notifications.outbox.notFound");
		}
		model.addAttribute("message", rows.get(0));
		return "notifications/message";
	}
}

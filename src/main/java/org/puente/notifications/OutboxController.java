package org.puente.notifications;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The development outbox: every message the demo run would have sent. */
@Controller
class OutboxController {

	private final Outbox outbox;

	OutboxController(Outbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/admin/outbox")
	String list(Model model) {
		model.addAttribute("messages", outbox.latest());
		model.addAttribute("failures", outbox.failures());
		return "notifications/outbox";
	}

	@GetMapping("/admin/outbox/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("message", outbox.message(id));
		return "notifications/message";
	}
}

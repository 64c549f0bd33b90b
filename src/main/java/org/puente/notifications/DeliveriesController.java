package org.puente.notifications;

import java.util.UUID;

import org.puente.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' page of what failed to reach its recipient, with "retry now" for each. */
@Controller
class DeliveriesController {

	private static final String PAGE = "/admin/deliveries";

	private final FailedDeliveries failed;

	DeliveriesController(FailedDeliveries failed) {
		this.failed = failed;
	}

	@GetMapping(PAGE)
	String list(Model model) {
		model.addAttribute("deliveries", failed.mail());
		model.addAttribute("events", failed.events());
		return "notifications/deliveries";
	}

	@PostMapping(PAGE + "/{id}/retry")
	String retryMail(@PathVariable long id, RedirectAttributes redirect) {
		String flash = switch (failed.retryMail(id)) {
			case SENT -> "notifications.deliveries.retry.sent";
			case FAILED -> "notifications.deliveries.retry.failed";
			case NOT_OWED -> "notifications.deliveries.retry.notOwed";
		};
		return FormSubmission.redirect(redirect, flash, PAGE);
	}

	@PostMapping(PAGE + "/events/{id}/retry")
	String retryEvent(@PathVariable UUID id, RedirectAttributes redirect) {
		return FormSubmission.redirect(redirect, failed.retryEvent(id) ? "notifications.deliveries.retry.resubmitted"
				: "notifications.deliveries.retry.notOwed", PAGE);
	}
}

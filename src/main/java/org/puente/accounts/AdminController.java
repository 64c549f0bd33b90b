package org.puente.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrators' start page: accounts, the audit log, the outbox, the failed deliveries, the mails' unsubscribe links. */
@Controller
class AdminController {

	@GetMapping("/admin")
	String index() {
		return "accounts/admin";
	}
}

package org.puente.portal;

import org.puente.audit.AuditTrail;
import org.puente.directory.Directory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the two conferences, what is coming up and what changed recently. */
@Controller
class HomeController {

	private final Directory directory;

	private final AuditTrail audit;

	HomeController(Directory directory, AuditTrail audit) {
		this.directory = directory;
		this.audit = audit;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("processes", directory.processes());
		model.addAttribute("recentChanges", audit.recentPublicChanges(10));
		return "portal/home";
	}
}

package org.puente.portal;

import org.puente.directory.Directory;
import org.puente.meetings.Meetings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the two conferences, what is coming up and what changed recently. */
@Controller
class HomeController {

	private final Directory directory;

	private final RecentChanges changes;

	private final Meetings meetings;

	HomeController(Directory directory, RecentChanges changes, Meetings meetings) {
		this.directory = directory;
		this.changes = changes;
		this.meetings = meetings;
	}

	@GetMapping("/")
	String home(Model model, java.util.Locale locale) {
		model.addAttribute("processes", directory.processes());
		model.addAttribute("recentChanges", changes.latest(10, locale));
		// the next public meetings: the home page is the same for everyone, signed in or not
		var upcoming = meetings.upcoming(5, java.util.Optional.empty());
		model.addAttribute("upcoming", upcoming);
		if (upcoming.isEmpty()) {
			// a quiet calendar still says where the work stands: the latest meetings held
			model.addAttribute("latest", meetings.latest(5));
		}
		return "portal/home";
	}
}

package org.puente.portal;

import org.puente.accounts.Accounts;
import org.puente.agreements.Agreements;
import org.puente.agreements.Tally;
import org.puente.meetings.Meetings;
import org.puente.documents.Documents;
import org.puente.documents.ReferenceData;
import org.puente.refusal.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The information portal the Minuta asked for, for the public and the press: the latest public documents, and
 * the documents by thematic session and by Global Compact objective, each with its permanent link.
 */
@Controller
class PortalController {

	private final Documents documents;

	private final ReferenceData reference;

	private final Accounts accounts;

	private final Meetings meetings;

	private final Agreements agreements;

	PortalController(Documents documents, ReferenceData reference, Accounts accounts, Meetings meetings,
			Agreements agreements) {
		this.meetings = meetings;
		this.agreements = agreements;
		this.documents = documents;
		this.reference = reference;
		this.accounts = accounts;
	}

	@GetMapping("/portal")
	String portal(Model model) {
		model.addAttribute("latest", documents.latest(accounts.current(), 10));
		// the press asks two things first: what is coming up, and how far the agreements got
		model.addAttribute("upcomingMeetings", meetings.upcoming(5, java.util.Optional.empty()));
		model.addAttribute("tally", Tally.of(agreements.list(Agreements.Filter.all())));
		model.addAttribute("sessions", reference.sessions());
		model.addAttribute("objectives", reference.objectives());
		return "portal/portal";
	}

	@GetMapping("/portal/sessions/{number}")
	String session(@PathVariable int number, Model model) {
		model.addAttribute("ts", reference.session(number)
			.orElseThrow(() -> new NotFoundException("portal.session.notFound")));
		model.addAttribute("documents", documents.forThematicSession(number, accounts.current()));
		return "portal/session";
	}

	@GetMapping("/portal/objectives/{number}")
	String objective(@PathVariable int number, Model model) {
		model.addAttribute("objective", reference.objective(number)
			.orElseThrow(() -> new NotFoundException("portal.objective.notFound")));
		model.addAttribute("documents", documents.forObjective(number, accounts.current()));
		return "portal/objective";
	}
}

package org.puente.experts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.puente.directory.Countries;
import org.puente.web.ListDownloads;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The roster and a round's nominations as spreadsheets (CSV, XLSX), for whoever may open their pages (anyone signed
 * in). A file leaves the platform for a plenary or a ministry, so consent decides what it holds: the roster lists
 * only who may be nominated — listed and shared with the UN — with the fields the public API gives (never an e-mail
 * address, gender or consent dates); a nomination whose expert has since withdrawn keeps its place, state and
 * proposing country, without the person.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ExpertExportsController {

	static final List<String> ROSTER_COLUMNS = List.of("experts.field.fullName", "experts.field.affiliation",
			"experts.field.country", "experts.field.region", "experts.field.sessions", "experts.field.objectives",
			"experts.field.languages");

	static final List<String> NOMINATION_COLUMNS = List.of("experts.propose.session", "experts.export.conference",
			"experts.field.fullName", "experts.field.affiliation", "experts.propose.country", "experts.field.gender",
			"experts.field.languages", "experts.round.state", "experts.export.reason", "experts.export.proposedOn");

	private final Roster roster;

	private final Nominations nominations;

	private final ExpertReference areas;

	private final ListDownloads downloads;

	ExpertExportsController(Roster roster, Nominations nominations, ExpertReference areas, ListDownloads downloads) {
		this.roster = roster;
		this.nominations = nominations;
		this.areas = areas;
		this.downloads = downloads;
	}

	@GetMapping("/experts/export.{format}")
	ResponseEntity<byte[]> roster(@PathVariable String format, Locale locale) {
		List<Object[]> rows = roster.consented().stream().map(e -> {
			ExpertData d = e.data();
			return new Object[] { d.fullName(), d.affiliation(), Countries.nameOf(d.country(), locale),
					downloads.text("experts.region." + d.region(), locale),
					String.join("; ", d.sessions().stream().map(n -> areas.session(n, locale)).toList()),
					String.join("; ", d.objectives().stream().map(n -> n + ". " + areas.objective(n, locale)).toList()),
					languages(d.languages(), locale) };
		}).toList();
		return downloads.download(format, "experts.export.rosterName", ROSTER_COLUMNS, rows, locale);
	}

	/** Every nomination of the round, session by session and conference by conference, as its page lists them. */
	@GetMapping("/experts/rounds/{id}/export.{format}")
	ResponseEntity<byte[]> nominations(@PathVariable UUID id, @PathVariable String format, Locale locale) {
		RoundView round = nominations.view(id);
		List<Object[]> rows = new ArrayList<>();
		for (RoundView.SessionView s : round.sessions()) {
			for (RoundView.ConferenceView c : s.conferences()) {
				for (RoundView.NominationView n : c.nominations()) {
					rows.add(nomination(s.number(), c.conference(), n, locale));
				}
			}
		}
		return downloads.download(format, "experts.export.nominationsName", round.title(), NOMINATION_COLUMNS, rows,
				locale);
	}

	private Object[] nomination(int session, String conference, RoundView.NominationView n, Locale locale) {
		boolean shared = n.consented();
		return new Object[] { areas.session(session, locale), downloads.text("experts.conference." + conference, locale),
				shared ? n.expertName() : downloads.text("experts.export.withheld", locale),
				shared ? n.affiliation() : "", Countries.nameOf(n.country(), locale),
				shared ? downloads.text("experts.gender." + n.gender(), locale) : "",
				shared ? languages(n.languages(), locale) : "", downloads.text("experts.status." + n.status(), locale),
				n.reason(), n.proposedOn() };
	}

	private String languages(List<String> codes, Locale locale) {
		return String.join(", ", codes.stream().map(code -> areas.language(code, locale)).toList());
	}
}

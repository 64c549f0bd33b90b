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
 * A round's nominations as a spreadsheet (CSV, XLSX), for whoever may open the round's page (anyone signed in), as
 * the page lists them: session by session, conference by conference. Consent decides what the file holds: a
 * nomination whose expert has since withdrawn keeps its place, state and proposing country, without the person.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class NominationExportController {

	static final List<String> COLUMNS = List.of("experts.propose.session", "experts.export.conference",
			"experts.field.fullName", "experts.field.affiliation", "experts.propose.country", "experts.field.gender",
			"experts.field.languages", "experts.round.state", "experts.export.reason", "experts.export.proposedOn");

	private final Nominations nominations;

	private final ExpertReference areas;

	private final ListDownloads downloads;

	NominationExportController(Nominations nominations, ExpertReference areas, ListDownloads downloads) {
		this.nominations = nominations;
		this.areas = areas;
		this.downloads = downloads;
	}

	@GetMapping("/experts/rounds/{id}/export.{format}")
	ResponseEntity<byte[]> nominations(@PathVariable UUID id, @PathVariable String format, Locale locale) {
		RoundView round = nominations.view(id);
		List<Object[]> rows = new ArrayList<>();
		for (RoundView.SessionView s : round.sessions()) {
			for (RoundView.ConferenceView c : s.conferences()) {
				for (RoundView.NominationView n : c.nominations()) {
					rows.add(row(s.number(), c.conference(), n, locale));
				}
			}
		}
		return downloads.download(format, "experts.export.nominationsName", round.title(), COLUMNS, rows, locale);
	}

	private Object[] row(int session, String conference, RoundView.NominationView n, Locale locale) {
		boolean shared = n.consented();
		return new Object[] { areas.session(session, locale), downloads.text("experts.conference." + conference, locale),
				shared ? n.expertName() : downloads.text("experts.export.withheld", locale),
				shared ? n.affiliation() : "", Countries.nameOf(n.country(), locale),
				shared ? downloads.text("experts.gender." + n.gender(), locale) : "",
				shared ? areas.languages(n.languages(), locale) : "",
				downloads.text("experts.status." + n.status(), locale), n.reason(), n.proposedOn() };
	}
}

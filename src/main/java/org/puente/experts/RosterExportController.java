package org.puente.experts;

import java.util.List;
import java.util.Locale;

import org.puente.directory.Countries;
import org.puente.web.ListDownloads;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The roster as a spreadsheet (CSV, XLSX), for whoever may open its page (anyone signed in). A file leaves the
 * platform for a plenary or a ministry, so consent decides what it holds, whoever asks: only who may be nominated —
 * listed and shared with the UN — with the fields the public API gives (never an e-mail address, gender or consent
 * dates), narrowed by the roster's search and filters as the page was. ({@link NominationExportController} does a
 * round's nominations.)
 */
@Controller
@PreAuthorize("isAuthenticated()")
class RosterExportController {

	static final List<String> COLUMNS = List.of("experts.field.fullName", "experts.field.affiliation",
			"experts.field.country", "experts.field.region", "experts.field.sessions", "experts.field.objectives",
			"experts.field.languages");

	private final Roster roster;

	private final ExpertReference areas;

	private final ListDownloads downloads;

	RosterExportController(Roster roster, ExpertReference areas, ListDownloads downloads) {
		this.roster = roster;
		this.areas = areas;
		this.downloads = downloads;
	}

	// the page's search and filters, sent by its download links (an unknown value is a 400 as on the page): the file
	// held the whole roster whatever the reader had narrowed it to (api12)
	@GetMapping("/experts/export.{format}")
	ResponseEntity<byte[]> roster(@PathVariable String format, RosterFilter.Query query, Locale locale) {
		List<Object[]> rows = roster.exported(query, locale).stream().map(e -> {
			ExpertData d = e.data();
			return new Object[] { d.fullName(), d.affiliation(), Countries.nameOf(d.country(), locale),
					downloads.text("experts.region." + d.region(), locale),
					String.join("; ", d.sessions().stream().map(n -> areas.session(n, locale)).toList()),
					String.join("; ", d.objectives().stream().map(n -> n + ". " + areas.objective(n, locale)).toList()),
					areas.languages(d.languages(), locale) };
		}).toList();
		return downloads.download(format, "experts.export.rosterName", COLUMNS, rows, locale);
	}
}

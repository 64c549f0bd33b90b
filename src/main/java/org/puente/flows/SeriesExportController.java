package org.puente.flows;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.puente.accounts.AccountSummary;
import org.puente.refusal.NotFoundException;
import org.puente.web.ListDownloads;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The series the dashboard shows, as a spreadsheet (CSV, XLSX) in the reader's language: its 52 weeks, the count of
 * people (a number; "<5" where the public page hides a small cell) and the alarm weeks, for the same readers as the
 * page. {@link FlowDownloadsController}'s export stays the one for other tools (every series, HXL tags, no language).
 */
@Controller
class SeriesExportController {

	static final List<String> COLUMNS = List.of("flows.alerts.week", "flows.series.country", "flows.series.origin",
			"flows.series.people", "flows.alerts.kind.ALARM");

	/** As many weeks as the dashboard's chart and table. */
	static final int WEEKS = 52;

	private final FlowSubmissions flows;

	private final ListDownloads downloads;

	SeriesExportController(FlowSubmissions flows, ListDownloads downloads) {
		this.flows = flows;
		this.downloads = downloads;
	}

	@GetMapping("/flows/series/export.{format}")
	ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam String country,
			@RequestParam String origin, Optional<AccountSummary> reader, Locale locale) {
		if (!FlowRoute.CHAIN.contains(country) || !(origin.equals("*") || FlowRoute.ORIGINS.contains(origin))) {
			throw new NotFoundException("flows.notFound");
		}
		String countryName = CountryNames.of(country, locale);
		String originName = downloads.text("flows.origin." + origin, locale);
		String yes = downloads.text("flows.series.yes", locale);
		List<Object[]> rows = ShownSeries.of(flows, country, origin, WEEKS, reader.isPresent())
			.weeks().stream()
			.map(w -> new Object[] { w.week(), countryName, originName, w.hidden() ? w.shown() : w.people(),
					w.alarm() ? yes : "" })
			.toList();
		return downloads.download(format, "flows.series.exportName", countryName + " " + originName, COLUMNS, rows,
				locale);
	}
}

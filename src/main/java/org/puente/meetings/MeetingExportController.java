package org.puente.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.Accounts;
import org.puente.directory.Countries;
import org.puente.web.ListDownloads;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The calendar's list as a spreadsheet (CSV or XLSX) for whoever is signed in: the meetings the page shows with the
 * same filters (conference, kind, country, status), latest first, with the page's columns in the reader's language.
 */
@Controller
class MeetingExportController {

	private static final List<String> COLUMNS = List.of("meetings.field.when", "meetings.field.title",
			"meetings.field.processes", "meetings.field.kind", "meetings.field.place", "meetings.field.status");

	private final Meetings meetings;

	private final Accounts accounts;

	private final ListDownloads downloads;

	private final Clock clock;

	MeetingExportController(Meetings meetings, Accounts accounts, ListDownloads downloads, Clock clock) {
		this.meetings = meetings;
		this.accounts = accounts;
		this.downloads = downloads;
		this.clock = clock;
	}

	@GetMapping("/meetings/export.{format}")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(required = false) @Nullable String process,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String status, Locale locale) {
		MeetingFilter filter = MeetingFilter.of(process, kind, country, status);
		LocalDate today = LocalDate.now(clock);
		List<String[]> rows = meetings.calendar(filter, accounts.current()).stream()
			.map(Meeting::summary)
			.sorted(Comparator.comparing(MeetingSummary::startDate).reversed())
			.map(m -> row(m, today, locale))
			.toList();
		return downloads.download(format, "meetings.list.heading", COLUMNS, rows, locale);
	}

	private String[] row(MeetingSummary m, LocalDate today, Locale locale) {
		String place = (m.city() == null ? "" : m.city())
				+ (m.countryIso2() == null ? "" : (m.city() == null ? "" : " (") + Countries.nameOf(m.countryIso2(), locale)
						+ (m.city() == null ? "" : ")"));
		return new String[] { m.when(locale), m.title(locale),
				m.processes().stream().map(p -> text("process." + p, locale)).sorted().collect(Collectors.joining(", ")),
				text("meetings.kind." + m.kind(), locale), place,
				text("meetings.status." + m.shownStatus(today), locale) };
	}

	private String text(String key, Locale locale) {
		return downloads.text(key, locale);
	}
}

package org.puente.agreements;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.puente.web.ListDownloads;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agreement board as a spreadsheet (CSV, XLSX), for whoever is signed in like the board itself: the agreements its
 * filters keep (conference, responsible, theme, status, overdue only), in its order, each with its status and an
 * "overdue" column where the board shows the badge, the meeting and due dates as dates.
 */
@Controller
class BoardExportController {

	static final List<String> COLUMNS = List.of("agreements.field.meeting", "agreements.field.meetingDate",
			"agreements.field.number", "agreements.field.theme", "agreements.field.text", "agreements.field.responsible",
			"agreements.field.due", "agreements.field.status", "agreements.status.overdue");

	private final Agreements agreements;

	private final PartyLabels parties;

	private final ListDownloads downloads;

	BoardExportController(Agreements agreements, PartyLabels parties, ListDownloads downloads) {
		this.agreements = agreements;
		this.parties = parties;
		this.downloads = downloads;
	}

	@GetMapping("/agreements/board/export.{format}")
	ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(required = false) @Nullable String process,
			@RequestParam(required = false) @Nullable AgreementStatus status,
			@RequestParam(required = false) @Nullable String responsible,
			@RequestParam(required = false) @Nullable String theme,
			@RequestParam(defaultValue = "false") boolean overdue, Locale locale) {
		List<Object[]> rows = agreements.list(new Agreements.Filter(process, status, responsible, theme, null, overdue))
			.stream().map(a -> row(a, locale)).toList();
		return downloads.download(format, "agreements.board.title", COLUMNS, rows, locale);
	}

	private Object[] row(AgreementSummary a, Locale locale) {
		return new Object[] { a.meetingTitle(), a.meetingDate(), a.number(), a.theme(), a.text(),
				a.responsible().stream().map(p -> parties.of(p, locale)).collect(Collectors.joining(", ")),
				a.dueDate(), downloads.text("agreements.status." + a.status(), locale),
				a.overdue() ? downloads.text("agreements.export.yes", locale) : "" };
	}
}

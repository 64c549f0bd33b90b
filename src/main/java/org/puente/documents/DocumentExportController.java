package org.puente.documents;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.web.ListDownloads;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The documents list as a spreadsheet (CSV or XLSX) for whoever is signed in: the documents the page shows them with
 * its filter (kind), with the page's columns in the reader's language.
 */
@Controller
class DocumentExportController {

	private static final List<String> COLUMNS = List.of("documents.field.title", "documents.field.kind",
			"documents.field.date", "documents.field.processes", "documents.field.confidentiality");

	/** As many as the list page shows. */
	private static final int LIMIT = 200;

	private final Documents documents;

	private final ListDownloads downloads;

	DocumentExportController(Documents documents, ListDownloads downloads) {
		this.documents = documents;
		this.downloads = downloads;
	}

	@GetMapping("/documents/export.{format}")
	ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(required = false) @Nullable DocumentKind kind,
			Optional<AccountSummary> reader, Locale locale) {
		List<Object[]> rows = documents.visible(reader, kind, LIMIT).stream()
			.map(d -> new Object[] { d.title(locale), downloads.text("documents.kind." + d.kind(), locale), d.date(),
					String.join(", ", d.processes()),
					downloads.text("documents.confidentiality." + d.confidentiality(), locale) })
			.toList();
		return downloads.download(format, "documents.list.heading", COLUMNS, rows, locale);
	}
}

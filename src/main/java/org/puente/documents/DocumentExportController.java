package org.puente.documents;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.refusal.NotFoundException;
import org.puente.web.TableFiles;
import org.springframework.context.MessageSource;
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

	private static final String[] COLUMNS = { "documents.field.title", "documents.field.kind", "documents.field.date",
			"documents.field.processes", "documents.field.confidentiality" };

	/** As many as the list page shows. */
	private static final int LIMIT = 200;

	private final Documents documents;

	private final MessageSource messages;

	DocumentExportController(Documents documents, MessageSource messages) {
		this.documents = documents;
		this.messages = messages;
	}

	@GetMapping("/documents/export.{format}")
	ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(required = false) @Nullable DocumentKind kind,
			Optional<AccountSummary> reader, Locale locale) {
		List<String[]> rows = documents.visible(reader, kind, LIMIT).stream()
			.map(d -> new String[] { d.title(locale), text("documents.kind." + d.kind(), locale), day(d.date()),
					String.join(", ", d.processes()), text("documents.confidentiality." + d.confidentiality(), locale) })
			.toList();
		String[] headings = Arrays.stream(COLUMNS).map(key -> text(key, locale)).toArray(String[]::new);
		return TableFiles.download(format, text("documents.list.heading", locale), headings, rows, "documents")
			.orElseThrow(() -> new NotFoundException("error.404.message"));
	}

	/** ISO 8601, which every spreadsheet reads as a date whatever its language. */
	private static String day(@Nullable LocalDate date) {
		return date == null ? "" : date.toString();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}

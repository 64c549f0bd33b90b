package org.puente.documents;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Reading the repository: the list, a document with its versions and diff, the permanent file links. */
@Controller
class DocumentController {

	private final Documents documents;

	DocumentController(Documents documents) {
		this.documents = documents;
	}

	@GetMapping("/documents")
	String list(@RequestParam(required = false) @Nullable DocumentKind kind, Model model,
			Optional<AccountSummary> reader) {
		List<DocumentRow> rows = documents.visible(reader, kind, 200);
		model.addAttribute("documents", rows);
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("kind", kind);
		model.addAttribute("mayUpload", reader.map(r -> r.mayEditProcess(null)).orElse(false));
		return "documents/list";
	}

	@GetMapping("/documents/{id}")
	String detail(@PathVariable UUID id, Model model, Optional<AccountSummary> reader) {
		DocumentRow row = documents.visibleRow(id, reader);
		fill(model, row, reader);
		return "documents/detail";
	}

	/** The extraction progress; htmx polls it every two seconds until no version is pending. */
	@GetMapping("/documents/{id}/status")
	String status(@PathVariable UUID id, Model model, Optional<AccountSummary> reader) {
		DocumentRow row = documents.visibleRow(id, reader);
		model.addAttribute("document", row);
		model.addAttribute("versions", documents.versions(id));
		return "documents/detail :: status";
	}

	@GetMapping("/documents/{id}/versions/{number}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable int number, Optional<AccountSummary> reader) {
		documents.visibleRow(id, reader);
		VersionRow version = documents.version(id, number);
		return VersionDownload.of(version, documents.content(id, number));
	}

	@GetMapping("/documents/{id}/diff")
	String diff(@PathVariable UUID id, @RequestParam int from, @RequestParam int to, Model model,
			Optional<AccountSummary> reader) {
		DocumentRow row = documents.visibleRow(id, reader);
		VersionRow older = documents.version(id, from);
		VersionRow newer = documents.version(id, to);
		String a = documents.text(id, from);
		String b = documents.text(id, to);
		if (a == null || b == null) {
			throw new RefusedException(RefusalKind.CONFLICT, "documents.diff.notReady");
		}
		List<LineDiff.Line> lines = LineDiff.between(a, b);
		model.addAttribute("document", row);
		model.addAttribute("older", older);
		model.addAttribute("newer", newer);
		model.addAttribute("lines", lines);
		model.addAttribute("added", lines.stream().filter(l -> l.change() == LineDiff.Change.ADDED).count());
		model.addAttribute("removed", lines.stream().filter(l -> l.change() == LineDiff.Change.REMOVED).count());
		return "documents/diff";
	}

	void fill(Model model, DocumentRow row, Optional<AccountSummary> reader) {
		model.addAttribute("document", row);
		// the page's <title> is the document's title alone: marked as its heading is (layout.html)
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		String shown = row.titleLanguage(locale);
		model.addAttribute("titleLanguage", shown.equals(locale.getLanguage()) ? null : shown);
		model.addAttribute("versions", documents.versions(row.id()));
		model.addAttribute("mayEdit", reader.map(r -> Documents.mayEdit(row, r)).orElse(false));
		model.addAttribute("signedIn", reader.isPresent());
		if (row.isInput()) {
			model.addAttribute("transitions", documents.transitions(row.id()));
			model.addAttribute("comments", documents.comments(row.id()));
			model.addAttribute("nextStates", reader.map(r -> documents.allowedMoves(row, r)).orElse(List.of()));
		}
	}

	static String localeTitle(DocumentRow row, Locale locale) {
		return row.title(locale);
	}
}

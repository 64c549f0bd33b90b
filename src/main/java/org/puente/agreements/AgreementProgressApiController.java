package org.puente.agreements;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.Accounts;
import org.puente.i18n.Language;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.web.Paging;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An agreement's progress reports over HTTP (walk of the API, finding 24: a ministry's script reported progress
 * through the page's form): read as the agreement's page shows them, and reported with the page's rules — the
 * conference's secretariat or a focal point of a party responsible for the agreement, a note or a new status, a web
 * link as evidence, the agreement's version as last read.
 */
@RestController
@Tag(name = "Agreements", description = "Agreements of CRM and CSM meetings: extraction, register, follow-up")
class AgreementProgressApiController {

	private final Agreements agreements;

	private final Accounts accounts;

	AgreementProgressApiController(Agreements agreements, Accounts accounts) {
		this.agreements = agreements;
		this.accounts = accounts;
	}

	/** A progress report as a script sends it. */
	record ReportJson(@Schema(description = "the agreement's version, as last read") @Nullable Long version,
			@Schema(description = "what was done, at most 5,000 characters") @Nullable String note,
			@Schema(description = "a web address (http or https) of the evidence") @Nullable String evidenceUrl,
			@Schema(description = "the agreement's new status, if it changed") @Nullable AgreementStatus status,
			@Schema(description = "the language the note is written in (es, en, pt or fr); the request's language "
					+ "(Accept-Language) when absent") @Nullable String noteLanguage) {
	}

	@GetMapping("/api/v1/agreements/{id}/progress")
	@Operation(operationId = "listAgreementProgress", summary = "An agreement's progress reports, oldest first: the "
			+ "note and its language (Puente's own notes, byPuente, in the request's language), the evidence, the "
			+ "status change and who reported it when")
	@ApiResponse(responseCode = "200", description = "A page of the reports")
	@ApiResponse(responseCode = "404", description = "No agreement has this id")
	ResponseEntity<List<AgreementSummary.Progress>> list(@PathVariable UUID id,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		Paging paging = Paging.of(page, size);
		return paging.answer(agreement(id).progress());
	}

	@PostMapping("/api/v1/agreements/{id}/progress")
	@Operation(operationId = "reportAgreementProgress", summary = "Report progress on an agreement (its conference's "
			+ "secretariat, or a focal point of a party responsible for it): a note, a new status or both")
	@ApiResponse(responseCode = "201", description = "Reported: the agreement as it is now, with its new version; "
			+ "Location is its list of reports")
	@ApiResponse(responseCode = "400", description = "No version, or a value that cannot be read (an unknown status)")
	@ApiResponse(responseCode = "403", description = "The caller is neither the secretariat nor a responsible party")
	@ApiResponse(responseCode = "404", description = "No agreement has this id")
	@ApiResponse(responseCode = "409", description = "Someone reported since the version sent: currentVersion holds "
			+ "the agreement's version now")
	@ApiResponse(responseCode = "422", description = "Nothing reported, a note too long, evidence that is no web link, "
			+ "or a note language Puente does not know")
	ResponseEntity<AgreementSummary> report(@PathVariable UUID id, @RequestBody ReportJson report) {
		AgreementSummary agreement = agreement(id);
		if (!accounts.current().map(reader -> agreements.mayReport(reader, id)).orElse(false)) {
			throw new RefusedException(RefusalKind.FORBIDDEN, "agreements.update.forbidden");
		}
		if (report.version() == null) {
			throw new RefusedException(RefusalKind.MALFORMED, "error.400.missing", "version");
		}
		String note = report.note() == null ? "" : report.note();
		String mistake = AgreementController.mistake(note, report.evidenceUrl(), report.status(), agreement.status());
		if (mistake != null) {
			throw new RefusedException(RefusalKind.INVALID, mistake);
		}
		if (report.noteLanguage() != null && !Language.isCode(report.noteLanguage())) {
			throw new RefusedException(RefusalKind.INVALID, "agreements.update.badLanguage");
		}
		String language = report.noteLanguage() != null ? report.noteLanguage()
				: Language.of(LocaleContextHolder.getLocale()).code();
		AgreementSummary now = agreements.report(id, report.version(), note, language, report.evidenceUrl(),
				report.status());
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + id + "/progress")).body(now);
	}

	private AgreementSummary agreement(UUID id) {
		return agreements.find(id).orElseThrow(() -> new NotFoundException("agreements.notFound"));
	}
}

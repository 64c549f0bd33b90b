package org.puente.flows;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.Accounts;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.web.InvalidInput;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Machine submission of the template: the same checks as the upload page, committed at once or refused whole. */
@RestController
@Tag(name = "Flows", description = "Extra-regional flows: exchange agreements, aggregated weekly counts, early warning")
class FlowsApiController {

	private final FlowSubmissions submissions;

	private final Accounts accounts;

	FlowsApiController(FlowSubmissions submissions, Accounts accounts) {
		this.submissions = submissions;
		this.accounts = accounts;
	}

	@PostMapping(path = "/api/v1/flows/submissions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT', 'FOCAL_POINT')")
	@Operation(operationId = "submitFlowCounts", summary = "Submit a country's aggregated weekly counts for a period (CSV or XLSX template with HXL hashtags)",
			description = "Focal points for the country they represent; secretariats and administrators for any. The "
					+ "file replaces the current revision of the same country and period (idempotent: the same file "
					+ "twice leaves the same counts). A file with any bad row is refused whole with 422 and the list "
					+ "of problems in the problem report's errors member (line, field: the column, code, message in the "
					+ "Accept-Language).")
	@ApiResponse(responseCode = "201", description = "Committed: id, revision, rows and total")
	@ApiResponse(responseCode = "403", description = "The account does not represent that country")
	@ApiResponse(responseCode = "409", description = "The period overlaps another current submission")
	@ApiResponse(responseCode = "400", description = "No file part")
	@ApiResponse(responseCode = "422", description = "Problems per row (an empty file: no data rows); nothing imported")
	ResponseEntity<Object> submit(@RequestPart(name = "file", required = false) @Nullable MultipartFile file,
			@Parameter(description = "ISO 3166-1 alpha-2 code of the reporting country") @RequestParam String country,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd) throws IOException {
		if (file == null) {
			// no file at all: a request of the wrong form; an empty file is read, and refused as having no rows (422)
			throw new RefusedException(RefusalKind.MALFORMED, "flows.submit.noFile");
		}
		if (file.getSize() > FlowTemplate.MAX_BYTES) {
			throw new RefusedException(RefusalKind.TOO_LARGE, "flows.row.tooBig", file.getSize() / (1024 * 1024),
					FlowTemplate.MAX_BYTES / (1024 * 1024));
		}
		var actor = accounts.current().orElseThrow();
		String name = file.getOriginalFilename() == null ? "api-upload" : file.getOriginalFilename();
		FlowSubmissions.Checked checked = submissions.submitDirectly(file.getBytes(), name,
				country.toUpperCase(Locale.ROOT), periodStart, periodEnd, actor);
		if (!checked.parsed().ok()) {
			throw new InvalidInput(FlowSubmissionController.mistakes(checked.parsed()), "flows.submit.problems",
					checked.parsed().problemCount());
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", checked.stagedId());
		body.put("country", checked.country());
		body.put("periodStart", checked.start().toString());
		body.put("periodEnd", checked.end().toString());
		body.put("rows", checked.parsed().rows().size());
		body.put("total", checked.parsed().total());
		body.put("replacedRevision", checked.replacesRevision());
		return ResponseEntity.status(HttpStatus.CREATED).body(body);
	}
}

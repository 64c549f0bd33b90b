package org.puente.flows;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.Accounts;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.web.InvalidInput;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Machine submission of the template: the same checks as the upload page, committed at once or refused whole. */
@RestController
@Tag(name = "Flows", description = "Extra-regional flows: exchange agreements, aggregated weekly counts, early warning")
class FlowsApiController {

	static final String SUBMISSIONS = "/api/v1/flows/submissions/";

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
	@ApiResponse(responseCode = "201", description = "Committed: id, rows and total; Location is the submission's "
			+ "address (getFlowSubmission)")
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
		body.put("id", checked.submissionId());
		body.put("country", checked.country());
		body.put("periodStart", checked.start().toString());
		body.put("periodEnd", checked.end().toString());
		body.put("rows", checked.parsed().rows().size());
		body.put("total", checked.parsed().total());
		body.put("replacedRevision", checked.replacesRevision());
		// where the submission is read again, as every other creation of the API answers (walk of the API, 14)
		return ResponseEntity.created(URI.create(SUBMISSIONS + checked.submissionId())).body(body);
	}

	/** One revision of a country's period: aggregates only, as the file held (no person is named, not even the sender). */
	record SubmissionJson(UUID id, String country, LocalDate periodStart, LocalDate periodEnd, int revision,
			boolean current, int rows, long total, Instant submittedAt, boolean viaApi) {
	}

	// the roles of the submissions' list (the upload page's history): a focal point reads their own country's
	@GetMapping(path = SUBMISSIONS + "{id}", produces = { MediaType.APPLICATION_JSON_VALUE,
			MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT', 'FOCAL_POINT')")
	@Operation(operationId = "getFlowSubmission", summary = "One submission: country, period, revision, whether it is "
			+ "still the current one, rows and total people (aggregates only)",
			description = "Focal points for the country they represent; secretariats and administrators for any. A "
					+ "submission replaced by a later one of the same country and period stays readable, current false.")
	@ApiResponse(responseCode = "200", description = "The submission")
	@ApiResponse(responseCode = "403", description = "The account does not represent that country")
	@ApiResponse(responseCode = "404", description = "No such submission")
	SubmissionJson submission(@PathVariable UUID id) {
		FlowSubmissions.SubmissionSummary s = submissions.submission(id)
			.orElseThrow(() -> new NotFoundException("flows.submission.notFound"));
		if (!FlowPolicy.maySubmitFor(s.country(), accounts.current().orElseThrow())) {
			// the refusal does not say whose submission it is: an id guessed or leaked tells another country nothing
			throw new RefusedException(RefusalKind.FORBIDDEN, "flows.submission.notYourCountry");
		}
		return new SubmissionJson(s.id(), s.country(), s.periodStart(), s.periodEnd(), s.revision(), s.current(),
				s.rowCount(), s.total(), s.submittedAt(), s.viaApi());
	}
}

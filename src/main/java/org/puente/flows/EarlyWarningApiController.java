package org.puente.flows;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The early-warning command over HTTP: the same CSV in and out as {@code ./puente early-warning}, nothing stored. */
@RestController
@Tag(name = "Flows", description = "Extra-regional flows: exchange agreements, aggregated weekly counts, early warning")
class EarlyWarningApiController {

	static final String PATH = "/api/v1/flows/early-warning";

	static final String TEXT_CSV = "text/csv";

	@PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = TEXT_CSV)
	@PreAuthorize("isAuthenticated()")
	@Operation(operationId = "flagEarlyWarnings", summary = "Flag unusual weekly increases in an uploaded CSV (route,week,count)",
			description = "Any signed-in account. Reads the CSV in the multipart field 'file' (columns route, week and "
					+ "count in any order, other columns ignored; each route's weeks consecutive) and answers "
					+ "route,week,alarm,upperbound for the last 104 weeks of each route, exactly as the "
					+ "early-warning command does. 'farrington' is R surveillance's farringtonFlexible (b = 5, "
					+ "w = 3, noPeriods = 10, pastWeeksNotIncluded = 26, alpha = 0.01, nbPlugin); 'cusum' and 'ewma' "
					+ "are control charts on the same baseline. NA where R writes NA. Nothing is stored.")
	@ApiResponse(responseCode = "200", description = "One row per route and week",
			content = @Content(mediaType = TEXT_CSV))
	@ApiResponse(responseCode = "400", description = "No file part, or an unknown method")
	@ApiResponse(responseCode = "422",
			description = "An empty file, a missing column or a bad row: the problem report names the line and the reason")
	ResponseEntity<String> upload(@RequestPart(name = "file", required = false) @Nullable MultipartFile file,
			@Parameter(description = "farrington (default), cusum or ewma")
			@RequestParam(name = "method", required = false) @Nullable String method) throws IOException {
		if (file == null) {
			// no file at all: a request of the wrong form; an empty file is read, and refused as empty
			throw new RefusedException(RefusalKind.MALFORMED, "flows.ew.noFile");
		}
		try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			return answer(in, method);
		}
	}

	@PostMapping(path = PATH, consumes = TEXT_CSV, produces = TEXT_CSV)
	@PreAuthorize("isAuthenticated()")
	@Operation(operationId = "flagEarlyWarnings", summary = "Flag unusual weekly increases in a CSV request body (route,week,count)",
			description = "The same as the multipart form, with the CSV as the body (Content-Type: text/csv).")
	@ApiResponse(responseCode = "200", description = "One row per route and week",
			content = @Content(mediaType = TEXT_CSV))
	@ApiResponse(responseCode = "422",
			description = "An empty body, a missing column or a bad row: the problem report names the line and the reason")
	ResponseEntity<String> body(@RequestBody(required = false) @Nullable String csv,
			@Parameter(description = "farrington (default), cusum or ewma")
			@RequestParam(name = "method", required = false) @Nullable String method) throws IOException {
		return answer(new StringReader(csv == null ? "" : csv), method);
	}

	private static ResponseEntity<String> answer(Reader in, @Nullable String methodName) throws IOException {
		EarlyWarningMethod method;
		try {
			method = methodName == null || methodName.isBlank() ? EarlyWarningMethod.FARRINGTON
					: EarlyWarningMethod.parse(methodName);
		}
		catch (IllegalArgumentException ex) {
			throw new RefusedException(RefusalKind.MALFORMED, "flows.ew.badMethod", methodName);
		}
		// a file that cannot be read is refused (422) with the sentence that names its line
		List<EarlyWarningCsv.Series> series = EarlyWarningCsv.readListingMistakes(in);
		StringWriter out = new StringWriter();
		EarlyWarningCsv.detect(series, method, out);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.body(out.toString());
	}
}

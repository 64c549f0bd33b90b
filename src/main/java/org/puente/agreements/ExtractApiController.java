package org.puente.agreements;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.puente.documents.UnreadableFileException;
import org.puente.minutes.MinutesReading;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The extractor over HTTP: the same JSON as {@code ./puente extract --suggestions N}, nothing stored; with
 * {@code suggestions=0}, as {@code ./puente extract}.
 */
@RestController
@Tag(name = "Agreements", description = "Agreements of CRM and CSM meetings: extraction, register, follow-up")
class ExtractApiController {

	/** The most suggestions one request may ask for. */
	static final int MOST_SUGGESTIONS = ReviewItem.KEPT_SUGGESTIONS;

	private final MinutesReading reading;

	ExtractApiController(MinutesReading reading) {
		this.reading = reading;
	}

	@PostMapping(path = "/api/v1/extract", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
	@Operation(operationId = "extractAgreements", summary = "Propose the agreements of minutes (txt, docx, odt or pdf), resolving dates against the meeting date",
			description = "Secretariats and administrators. Snake-case JSON, identical to the output of the extract command"
					+ " with --suggestions N: the proposed agreements under 'agreements', and under 'suggestions' up to N"
					+ " candidates the reading did not keep (most likely first, none overlapping an agreement; each with"
					+ " the same fields, its 'confidence' the model's probability), for a reviewer to add what it missed."
					+ " With suggestions=0 the 'suggestions' field is left out, as the command prints by default."
					+ " naming=camel gives the same answer with the camelCase names the rest of the API uses"
					+ " (meetingDate for meeting_date); snake stays the default, for the scripts that read it today.")
	@ApiResponse(responseCode = "200", description = "The proposed agreements (an empty list when nothing reads as one)"
			+ " and the suggestions", content = @Content(schema = @Schema(implementation = MinutesReading.Result.class)))
	@ApiResponse(responseCode = "400", description = "Missing file, meeting date not YYYY-MM-DD, unknown language or"
			+ " a number of suggestions out of 0..100")
	@ApiResponse(responseCode = "422", description = "Unreadable file (corrupt, too large, or its reading took too long)")
	ResponseEntity<String> extract(@RequestPart(name = "file", required = false) @Nullable MultipartFile file,
			@Parameter(description = "YYYY-MM-DD, to resolve dates such as 'el lunes 12 de junio'")
			@RequestParam(name = "meetingDate", required = false) @Nullable String meetingDate,
			@Parameter(description = "es, en, pt or fr; guessed from the text when absent")
			@RequestParam(name = "lang", required = false) @Nullable String lang,
			@Parameter(description = "how many suggestions to add, 0 to 100; 0 leaves the 'suggestions' field out")
			@RequestParam(name = "suggestions", required = false) @Nullable String suggestions,
			@Parameter(description = "snake (default: as the extract command prints) or camel (as the rest of the API)")
			@RequestParam(name = "naming", required = false) @Nullable String naming) throws IOException {
		boolean camel = camel(naming);
		if (file == null || file.isEmpty()) {
			throw new RefusedException(RefusalKind.MALFORMED, "agreements.extract.noFile");
		}
		LocalDate date = meetingDate(meetingDate);
		if (lang != null && !lang.isBlank() && !MinutesReading.LANGUAGES.contains(lang)) {
			throw new RefusedException(RefusalKind.MALFORMED, "agreements.extract.badLanguage", lang);
		}
		int wanted = suggestions(suggestions);
		MinutesReading.Result result;
		try {
			result = reading.read(file.getBytes(), name(file), date, Optional.ofNullable(lang).filter(l -> !l.isBlank()),
					wanted);
		}
		catch (UnreadableFileException ex) {
			throw new RefusedException(RefusalKind.INVALID, "agreements.extract.unreadable",
					name(file), ex.getMessage());
		}
		// nothing that reads as an agreement is an answer too: an empty list, as the command line prints
		String json = MinutesReading.toJson(result);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(camel ? CamelCaseNames.of(json) : json);
	}

	/** Whether the caller asked for camelCase names (walk of the API, finding 18); snake_case is the default. */
	private static boolean camel(@Nullable String naming) {
		if (naming == null || naming.isBlank() || naming.strip().equals("snake")) {
			return false;
		}
		if (naming.strip().equals("camel")) {
			return true;
		}
		throw new RefusedException(RefusalKind.MALFORMED, "error.400.unreadable", "naming");
	}

	static LocalDate meetingDate(@Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new RefusedException(RefusalKind.MALFORMED, "agreements.extract.noDate");
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new RefusedException(RefusalKind.MALFORMED, "agreements.extract.badDate", value);
		}
	}

	private static int suggestions(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return MinutesReading.ReadRequest.DEFAULT_SUGGESTIONS;
		}
		try {
			int n = Integer.parseInt(value.strip());
			if (n >= 0 && n <= MOST_SUGGESTIONS) {
				return n;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new RefusedException(RefusalKind.MALFORMED, "agreements.extract.badSuggestions", value);
	}

	static String name(MultipartFile file) {
		String name = file.getOriginalFilename();
		return name == null || name.isBlank() ? "minutes" : name.replaceAll("[\\r\\n]", " ");
	}
}

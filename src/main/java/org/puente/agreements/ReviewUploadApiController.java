package org.puente.agreements;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.puente.directory.Conference;
import org.puente.documents.UnreadableFileException;
import org.puente.i18n.Language;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.web.InvalidInput;
import org.puente.web.Mistake;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Minutes uploaded for review over HTTP (walk of 5 December #3): before, a script posted the HTML form and got a
 * page's address back. The upload is checked as the form checks it ({@link MinutesUploadCheck})
 * and refused as the form refuses it, as problem reports in the caller's language.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
@Tag(name = "Agreements", description = "Agreements of CRM and CSM meetings: extraction, register, follow-up")
class ReviewUploadApiController {

	/** What the reader reads: the form's file picker offers the same. */
	private static final Set<String> READ = Set.of("txt", "md", "markdown", "docx", "odt", "pdf", "doc", "rtf");

	private final Reviews reviews;

	private final MinutesUploadCheck check;

	private final ReviewJsonView view;

	ReviewUploadApiController(Reviews reviews, MinutesUploadCheck check, ReviewJsonView view) {
		this.reviews = reviews;
		this.check = check;
		this.view = view;
	}

	@PostMapping(path = "/api/v1/agreements/reviews", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "uploadMinutesForReview", summary = "Upload minutes for review: read, kept in the documents (reserved), and a review opened",
			description = "Multipart, the fields of the upload form: file (txt, md, docx, odt, pdf, doc or rtf); the meeting, either"
					+ " meetingId (a calendar meeting) or meetingTitle and meetingDate (YYYY-MM-DD); processes (CRM and/or"
					+ " CSM, one field each); lang (es, en, pt or fr; guessed when absent); newVersion (true: these minutes"
					+ " replace the meeting's). Answers 201, the review's address in Location and the review as GET"
					+ " /api/v1/agreements/reviews/{id} gives it. Minutes where nothing reads as an agreement open a review"
					+ " too, with no proposed agreement: add one, or confirm-none.")
	@ApiResponse(responseCode = "201", description = "The review opened")
	@ApiResponse(responseCode = "400", description = "An unknown language or conference code")
	@ApiResponse(responseCode = "403", description = "Minutes of a conference whose secretariat the caller is not")
	@ApiResponse(responseCode = "409", description = "The same minutes were already uploaded, or the meeting has minutes"
			+ " and these are not said to be a new version")
	@ApiResponse(responseCode = "413", description = "The file is larger than the server accepts, or unpacks to more")
	@ApiResponse(responseCode = "415", description = "Not a file the reader reads (txt, md, docx, odt, pdf, doc, rtf)")
	@ApiResponse(responseCode = "422", description = "A missing file, meeting or conference (each on its field), a file"
			+ " that cannot be read, or one with no text at all")
	ResponseEntity<ReviewJsonView.ReviewJson> upload(@ModelAttribute ReviewForms.Upload form,
			@RequestPart(name = "file", required = false) @Nullable MultipartFile file, Locale locale)
			throws IOException {
		if (form.lang() != null && !form.lang().isBlank() && !Language.isCode(form.lang())) {
			throw new RefusedException(RefusalKind.MALFORMED, "agreements.extract.badLanguage", form.lang());
		}
		for (String code : form.processes()) {
			if (!Conference.isCode(code.strip())) {
				throw new RefusedException(RefusalKind.MALFORMED, "agreements.api.badProcess", code);
			}
		}
		if (file != null && !file.isEmpty() && !READ.contains(extension(ExtractApiController.name(file)))) {
			throw new RefusedException(RefusalKind.UNSUPPORTED_TYPE, "agreements.api.fileType",
					ExtractApiController.name(file));
		}
		MinutesUploadCheck.Checked checked = check.check(form, file, locale);
		InvalidInput.throwIfAny(checked.errors());
		UUID id;
		try {
			id = reviews.start(checked.meeting(), MinutesUpload.of(ExtractApiController.name(file), file.getBytes()),
					checked.lang());
		}
		catch (UnreadableFileException ex) {
			if (ex.kind() != RefusalKind.INVALID) {
				throw ex.refusal(); // a file that unpacks to more than the server reads: 413
			}
			throw new InvalidInput(List.of(Mistake.inField("file", "agreements.reviews.error.unreadable")),
					"error.422.message");
		}
		return ResponseEntity.created(ReviewJsonView.address(id)).body(view.now(id, locale));
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}
}

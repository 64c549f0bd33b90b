package org.puente.documents;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.Operation;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.audit.AuditTrail;
import org.puente.directory.Conference;
import org.puente.web.EditConflict;
import org.puente.web.FormSubmission;
import org.puente.web.InvalidInput;
import org.puente.web.Mistake;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Secretariats' uploads over HTTP: a new document, corrected metadata, a new version — the upload form's fields, its
 * checks ({@link DocumentEditController#checkUpload}) and the services' rules (size, type sniffed from the bytes, the
 * same file already there, the conferences the caller serves), refused as problem reports in the caller's language.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
@Tag(name = "Documents", description = "The shared repository of the CRM and the CSM: documents, versions, files")
class DocumentUploadApiController {

	private final Documents documents;

	private final SmartValidator validator;

	private final MessageSource messages;

	private final AuditTrail audit;

	DocumentUploadApiController(Documents documents, SmartValidator validator, MessageSource messages,
			AuditTrail audit) {
		this.documents = documents;
		this.validator = validator;
		this.messages = messages;
		this.audit = audit;
	}

	/**
	 * The upload's multipart parts as the OpenAPI describes them, for the documentation only: springdoc drew the body
	 * from the bound form (title and summary as JSON objects, no file part at all), so a generated client sent no file
	 * and Swagger UI offered a textarea for each object; these are the parts the form binds, each a string or a file
	 * ({@code format: binary}), with what it holds (apigaps20).
	 */
	@Schema(name = "DocumentUpload", description = "The upload form's parts, as multipart/form-data")
	record UploadParts(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "binary", description = "The file: pdf, docx,"
					+ " odt, xlsx, txt or md (the type is read from the bytes, not the name)") String file,
			@JsonProperty("title.es") @Schema(description = "The title in Spanish (one title at least)") String titleEs,
			@JsonProperty("title.en") @Schema(description = "The title in English") String titleEn,
			@JsonProperty("title.pt") @Schema(description = "The title in Portuguese") String titlePt,
			@JsonProperty("title.fr") @Schema(description = "The title in French") String titleFr,
			@JsonProperty("summary.es") @Schema(description = "The summary in Spanish (and summary.en, summary.pt, "
					+ "summary.fr likewise)") String summaryEs,
			@Schema(implementation = DocumentKind.class) String kind,
			@Schema(description = "The file's language: es, en, pt or fr") String language,
			@Schema(format = "date", description = "The document's date, YYYY-MM-DD") String date,
			@Schema(implementation = Confidentiality.class) String confidentiality,
			@ArraySchema(schema = @Schema(implementation = Conference.class), arraySchema = @Schema(description =
					"The conferences, one part each; one the caller serves")) java.util.List<String> processes,
			@ArraySchema(arraySchema = @Schema(description = "Thematic sessions 1-6, one part each"))
			java.util.List<Integer> thematicSessions,
			@ArraySchema(arraySchema = @Schema(description = "Objectives 1-23 of the Global Compact, one part each"))
			java.util.List<Integer> objectives,
			@Schema(format = "uuid", description = "The calendar meeting the document belongs to") String meetingId) {
	}

	@PostMapping(path = "/api/v1/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
			mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = UploadParts.class)))
	@Operation(operationId = "uploadDocument", summary = "Upload a document (secretariats): the upload form's fields",
			description = "Multipart: file (pdf, docx, odt, xlsx, txt, md; the type is read from the bytes, not the "
					+ "name); title.es, title.en, title.pt, title.fr (one at least) and summary.xx likewise; kind; "
					+ "language (of the file: es, en, pt, fr); date (YYYY-MM-DD); confidentiality (PUBLIC, "
					+ "CONFERENCES or SECRETARIATS); processes (CRM and/or CSM, one field each; one the caller "
					+ "serves); thematicSessions (1-6) and objectives (1-23), one field each; meetingId; "
					+ "duplicate=allow to store a file that a document of the same meeting or conference holds.")
	@ApiResponse(responseCode = "201", description = "Stored: the document, its address in Location; its text is "
			+ "read in the background (the version's extractionStatus)")
	@ApiResponse(responseCode = "403", description = "Not a secretariat or an administrator, or none of the "
			+ "document's conferences is the caller's")
	@ApiResponse(responseCode = "409", description = "A document of the same meeting (or conference) holds this file:"
			+ " existing is its address, confirmWith what to send to store it anyway")
	@ApiResponse(responseCode = "413", description = "The file is larger than the server accepts")
	@ApiResponse(responseCode = "415", description = "Not a format the repository keeps, or not what its name says")
	@ApiResponse(responseCode = "422", description = "No file, an empty one, no title, an unknown session, objective "
			+ "or conference; each mistake in errors")
	ResponseEntity<DocumentApiController.DocumentDetailJson> upload(
			@Parameter(hidden = true) @ModelAttribute("form") DocumentForm form, BindingResult errors,
			@Parameter(hidden = true) @RequestPart(name = "file", required = false) @Nullable MultipartFile file,
			@Parameter(description = "allow: store the file even though a document holds it already")
			@RequestParam(required = false) @Nullable String duplicate, AccountSummary actor, Locale locale) {
		validator.validate(form, errors);
		DocumentEditController.checkUpload(form, errors, file);
		refuseMistakes(errors);
		DocumentSummary saved = documents.publishUpload(form.metadata(), DocumentEditController.uploaded(file), actor,
				SameFileUploads.CONFIRMED.equals(duplicate));
		return ResponseEntity.created(DocumentApiController.location(saved.id())).body(detail(saved.id(), actor, locale));
	}

	// no "consumes" here nor on the versions: a request of another type was 415 for an unknown document, before the
	// 404 and the role's 403 that KnownIds give once the address finds its handler (UnknownIdsTests)
	@PutMapping("/api/v1/documents/{id}")
	@Operation(operationId = "changeDocument", summary = "Correct a document's metadata (secretariats of its "
			+ "conferences); send the version you read",
			description = "JSON: title and summary as {\"es\": …, \"en\": …, \"pt\": …, \"fr\": …}, kind, language, "
					+ "date, confidentiality, processes, thematicSessions, objectives, meetingId, version. The file "
					+ "is not changed: add a version for that.")
	@ApiResponse(responseCode = "200", description = "Changed: the document as stored now, with its new version")
	@ApiResponse(responseCode = "403", description = "Not a secretariat of one of the document's conferences (or of "
			+ "the ones sent)")
	@ApiResponse(responseCode = "404", description = "No such document, or one the caller may not read")
	@ApiResponse(responseCode = "409", description = "Someone changed the metadata since the version sent: the report "
			+ "holds currentVersion, the current values of the fields that differ (current), changedBy and changedAt")
	@ApiResponse(responseCode = "422", description = "No title, an unknown session, objective or conference")
	DocumentApiController.DocumentDetailJson change(@PathVariable UUID id, @RequestBody DocumentForm form,
			AccountSummary actor, Locale locale) {
		documents.visibleRow(id, Optional.of(actor)); // an unknown or unreadable document: 404 before the body's mistakes
		BindingResult errors = new BeanPropertyBindingResult(form, "form");
		validator.validate(form, errors);
		DocumentEditController.checkTitle(form, errors);
		refuseMistakes(errors);
		return FormSubmission.change(new EditConflict.Edit<>(form, form.getVersion(), EditConflict.Answer.NONE,
				() -> DocumentEditController.stored(documents, audit, id, actor),
				DocumentForm.conflictFields(messages, locale)), saving -> {
					documents.updateMetadata(id, saving.form().metadata(), saving.version(), actor);
					return detail(id, actor, locale);
				});
	}

	@PostMapping("/api/v1/documents/{id}/versions")
	@Operation(operationId = "addDocumentVersion", summary = "Upload a new version of a document (secretariats of "
			+ "its conferences), as its page does",
			description = "Multipart: file, and an optional note saying what changed.")
	@ApiResponse(responseCode = "201", description = "Stored: the document with its versions, the new version's file "
			+ "in Location")
	@ApiResponse(responseCode = "403", description = "Not a secretariat of one of the document's conferences")
	@ApiResponse(responseCode = "404", description = "No such document, or one the caller may not read")
	@ApiResponse(responseCode = "409", description = "The same file as the latest version")
	@ApiResponse(responseCode = "413", description = "The file is larger than the server accepts")
	@ApiResponse(responseCode = "415", description = "Not a format the repository keeps, or not what its name says")
	@ApiResponse(responseCode = "422", description = "No file, or an empty one")
	ResponseEntity<DocumentApiController.DocumentDetailJson> addVersion(@PathVariable UUID id,
			@RequestPart(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String note, AccountSummary actor, Locale locale) {
		documents.visibleRow(id, Optional.of(actor));
		if (file == null || file.isEmpty()) {
			throw new InvalidInput(java.util.List.of(Mistake.inField("file", DocumentEditController.noFileReason(file))),
					"error.422.message");
		}
		int number = documents.addUploadedVersion(id, DocumentEditController.uploaded(file), note, actor);
		return ResponseEntity.created(URI.create(DocumentApiController.address(id) + "/versions/" + number))
			.body(detail(id, actor, locale));
	}

	/** The 409 of a file already there, naming the document's address in the API. */
	@ExceptionHandler(SameFileUploads.AlreadyThere.class)
	ResponseEntity<ProblemDetail> alreadyThere(SameFileUploads.AlreadyThere there, HttpServletRequest request,
			Locale locale) {
		return DocumentEditController.alreadyThere(there, "/api/v1/documents/", request, messages, locale);
	}

	private DocumentApiController.DocumentDetailJson detail(UUID id, AccountSummary actor, Locale locale) {
		return DocumentApiController.DocumentDetailJson.read(documents, id, Optional.of(actor), locale);
	}

	private static void refuseMistakes(BindingResult errors) {
		if (errors.hasErrors()) {
			throw new InvalidInput(errors);
		}
	}
}

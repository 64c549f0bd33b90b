package org.puente.documents;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.directory.Conference;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.puente.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The repository as JSON: the documents a reader may open, as the list and a document's page show them (confidential
 * ones only to those who read them, a reserved one answered 404 as an unknown one), and each version's file under the
 * name the page gives it. Uploads are {@link DocumentUploadApiController}'s.
 */
@RestController
@Tag(name = "Documents", description = "The shared repository of the CRM and the CSM: documents, versions, files")
class DocumentApiController {

	/** The whole list a reader may see is paged here (a row holds no bytes); the page shows the first 200. */
	private static final int ALL = 100_000;

	private final Documents documents;

	DocumentApiController(Documents documents) {
		this.documents = documents;
	}

	/** A document's metadata; {@code version} is sent back with a PUT of its metadata. */
	record DocumentJson(UUID id, String title, String titleLanguage, Map<String, String> titles,
			Map<String, String> summaries, DocumentKind kind, String language, LocalDate date,
			Confidentiality confidentiality, List<String> processes, List<Integer> thematicSessions,
			List<Integer> objectives, @Nullable UUID meetingId, @Nullable InputState inputState, int currentVersion,
			@Schema(description = "the latest version's file") String file,
			@Schema(description = "the document's page") String page, Instant createdAt, Instant updatedAt,
			long version) {

		static DocumentJson of(DocumentRow row, Locale locale) {
			return new DocumentJson(row.id(), row.title(locale), row.titleLanguage(locale), row.titles(),
					row.summaries(), row.kind(), row.language(), row.date(), row.confidentiality(), row.processes(),
					row.thematicSessions(), row.objectives(), row.meetingId(), row.inputState(), row.currentVersion(),
					address(row.id()) + "/versions/" + row.currentVersion(), "/documents/" + row.id(), row.createdAt(),
					row.updatedAt(), row.version());
		}
	}

	/** One document with its versions, newest first; an input with its moves and comments, as its page shows. */
	record DocumentDetailJson(@JsonUnwrapped DocumentJson document, List<VersionJson> versions,
			List<DocumentStore.Transition> transitions, List<DocumentStore.Comment> comments) {

		static DocumentDetailJson of(Documents documents, DocumentRow row, Locale locale) {
			boolean input = row.isInput();
			return new DocumentDetailJson(DocumentJson.of(row, locale),
					documents.versions(row.id()).stream().map(VersionJson::of).toList(),
					input ? documents.transitions(row.id()) : List.of(),
					input ? documents.comments(row.id()) : List.of());
		}

		/**
		 * The document read again as this reader may see it — what every reading and every step of the API answers
		 * with (a step's answer is the stored state after it, not what was sent); unknown or unreadable: 404.
		 */
		static DocumentDetailJson read(Documents documents, UUID id, Optional<AccountSummary> reader, Locale locale) {
			return of(documents, documents.visibleRow(id, reader), locale);
		}
	}

	/** A version without its bytes: who uploaded what, and how far the reading of its text got. */
	record VersionJson(int number, String fileName, String mediaType, long sizeBytes, String sha256,
			@Schema(description = "the account that uploaded it") String uploadedBy, Instant uploadedAt,
			@Nullable String note, @Schema(description = "PENDING, RUNNING, DONE or FAILED") String extractionStatus,
			boolean truncated, String file) {

		static VersionJson of(VersionRow v) {
			return new VersionJson(v.number(), v.fileName(), v.mediaType(), v.sizeBytes(), v.sha256(), v.uploadedBy(),
					v.uploadedAt(), v.note(), v.extractionStatus(), v.truncated(),
					address(v.documentId()) + "/versions/" + v.number());
		}
	}

	static URI location(UUID id) {
		return URI.create(address(id));
	}

	static String address(UUID id) {
		return "/api/v1/documents/" + id;
	}

	@GetMapping("/api/v1/documents")
	@Operation(operationId = "listDocuments", summary = "The documents the caller may open, newest first, with the "
			+ "list page's filter (kind) and the meeting's and conference's",
			description = "Anonymous callers get the public documents; the conferences' accounts those reserved to "
					+ "the conferences; secretariats and administrators those reserved to the secretariats too.")
	@ApiResponse(responseCode = "200", description = "One page of documents; X-Total-Count and Link say the rest")
	@ApiResponse(responseCode = "400", description = "An unknown kind or conference, a page or size out of range")
	ResponseEntity<List<DocumentJson>> list(@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size,
			@Parameter(description = "FINAL_ACT, MINUTES, DECLARATION, BIREGIONAL_INPUT, QUESTIONNAIRE, REPORT, "
					+ "PRESENTATION, GOOD_PRACTICES or OTHER") @RequestParam(required = false) @Nullable DocumentKind kind,
			@Parameter(description = "only the documents of this calendar meeting")
			@RequestParam(required = false) @Nullable UUID meetingId,
			@Parameter(description = "CRM or CSM: only the documents given to this conference")
			@RequestParam(required = false) @Nullable String process,
			@Parameter(hidden = true) Optional<AccountSummary> reader, Locale locale) {
		Paging paging = Paging.of(page, size);
		String conference = process == null || process.isBlank() ? null : process.strip().toUpperCase(Locale.ROOT);
		if (conference != null && !Conference.isCode(conference)) {
			throw new RefusedException(RefusalKind.MALFORMED, "error.400.unreadable", "process");
		}
		List<DocumentRow> rows = documents.visible(reader, kind, ALL).stream()
			.filter(row -> meetingId == null || meetingId.equals(row.meetingId()))
			.filter(row -> conference == null || row.processes().contains(conference))
			.toList();
		return paging.answer(rows, row -> DocumentJson.of(row, locale));
	}

	@GetMapping("/api/v1/documents/{id}")
	@Operation(operationId = "getDocument", summary = "One document's metadata and its versions, newest first; a bi-regional "
			+ "input's moves and comments")
	@ApiResponse(responseCode = "200", description = "The document")
	@ApiResponse(responseCode = "404", description = "No such document, or one reserved to readers the caller is not")
	DocumentDetailJson one(@PathVariable UUID id, @Parameter(hidden = true) Optional<AccountSummary> reader, Locale locale) {
		return DocumentDetailJson.read(documents, id, reader, locale);
	}

	@GetMapping("/api/v1/documents/{id}/versions/{number}")
	@Operation(operationId = "downloadDocumentVersion", summary = "A version's file, as the document's page links "
			+ "it: its stored type, attachment under the name it was uploaded with, its SHA-256 as ETag")
	@ApiResponse(responseCode = "200", description = "The file", content = @Content(
			mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "404", description = "No such document or version, or a document reserved to "
			+ "readers the caller is not")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable int number,
			@Parameter(hidden = true) Optional<AccountSummary> reader) {
		documents.visibleRow(id, reader);
		return VersionDownload.of(documents.version(id, number), documents.content(id, number));
	}
}

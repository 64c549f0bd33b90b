package org.puente.documents;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.puente.accounts.AccountSummary;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditableEvent;
import org.puente.audit.AuditedEntity;
import org.puente.audit.AuditedChange;
import org.puente.refusal.NotFoundException;
import org.puente.refusal.RefusedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents API other modules use: meetings and agreements attach their minutes and annexes with
 * {@link #store}, and list them with {@link #forMeeting}. Every read is filtered for the reader's confidentiality
 * level; every write is one transaction (bytes, metadata, version number, audit entry) and the text is extracted
 * afterwards, in the background.
 */
@Service
public class Documents {

	private final DocumentStore store;

	private final FileInspector inspector;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<InputWorkflow> workflow;

	private final ObjectProvider<SameFileUploads> sameFile;

	Documents(DocumentStore store, FileInspector inspector, ApplicationEventPublisher events,
			ObjectProvider<InputWorkflow> workflow, ObjectProvider<SameFileUploads> sameFile) {
		this.workflow = workflow;
		this.sameFile = sameFile;
		this.store = store;
		this.inspector = inspector;
		this.events = events;
	}

	/** The documents attached to a meeting that this reader may see (anonymous readers: public ones only). */
	@Transactional(readOnly = true)
	public List<DocumentSummary> forMeeting(UUID meetingId, Optional<AccountSummary> reader) {
		return store.visible(reader, "d.meeting_id = ?", 200, meetingId).stream().map(DocumentRow::summary).toList();
	}

	/** One document, if it exists and this reader may see it. */
	@Transactional(readOnly = true)
	public Optional<DocumentSummary> find(UUID id, Optional<AccountSummary> reader) {
		return store.find(id)
			.filter(row -> Confidentiality.visibleTo(reader).contains(row.confidentiality()))
			.map(DocumentRow::summary);
	}

	/** The latest documents this reader may see, newest first (the portal, the feed, the sitemap). */
	@Transactional(readOnly = true)
	public List<DocumentSummary> latest(Optional<AccountSummary> reader, int limit) {
		return store.visible(reader, "true", limit).stream().map(DocumentRow::summary).toList();
	}

	@Transactional(readOnly = true)
	public List<DocumentSummary> forThematicSession(int session, Optional<AccountSummary> reader) {
		return summaries(reader, "? = any(d.thematic_sessions)", session);
	}

	@Transactional(readOnly = true)
	public List<DocumentSummary> forObjective(int objective, Optional<AccountSummary> reader) {
		return summaries(reader, "? = any(d.objectives)", objective);
	}

	/** The first 500 documents the reader may see that hold the number (a session, an objective). */
	private List<DocumentSummary> summaries(Optional<AccountSummary> reader, String condition, int number) {
		return store.visible(reader, condition, 500, number).stream().map(DocumentRow::summary).toList();
	}

	/**
	 * Stores a new document with its first version. The caller (a module acting for a signed-in person, or the
	 * system) is responsible for having checked that the person may add documents.
	 * @throws RefusedException 413/415/422 when the file is empty, too large or not what its name says
	 */
	@Transactional
	public DocumentSummary store(DocumentMetadata metadata, UploadedFile file, String actor) {
		return store(metadata, file, actor, Map.of());
	}

	/** The same, the audit entry recording {@code noted} besides (the document of the same file, uploaded anyway). */
	@Transactional
	DocumentSummary store(DocumentMetadata metadata, UploadedFile file, String actor, Map<String, Object> noted) {
		metadata.requireValid();
		String mediaType = inspector.inspect(file);
		UUID id = UUID.randomUUID();
		store.insert(id, metadata, actor);
		int number = store.addVersion(id, file, mediaType, actor, null);
		DocumentRow row = store.find(id).orElseThrow();
		Map<String, Object> state = new java.util.LinkedHashMap<>(auditState(row, number, file));
		state.putAll(noted);
		events.publishEvent(new DocumentVersionUploaded(id, number, audited(AuditAction.CREATE, row).after(state)));
		return row.summary();
	}

	/**
	 * Stores a document a person uploads: a secretariat may only give it to the conferences it serves (a CRM
	 * secretariat cannot publish a document that belongs only to the CSM, which it could then not even correct).
	 */
	@Transactional
	public DocumentSummary publish(DocumentMetadata metadata, UploadedFile file, AccountSummary author) {
		DocumentPolicy.requireAuthor(metadata, author);
		return store(metadata, file, author.username());
	}

	/**
	 * Whether the repository keeps this file as it is (a format it accepts, the bytes what the name says, within the
	 * size limit). Never refuses: a module that files a copy of what it was given asks first, so that a file the
	 * repository would not keep spoils nothing of its own transaction.
	 */
	public boolean keeps(UploadedFile file) {
		try {
			inspector.inspect(file);
			return true;
		}
		catch (RefusedException refused) {
			return false;
		}
	}

	/**
	 * Changes who may read a document, as minutes kept reserved while their agreements are under review are released
	 * once they are confirmed; only a secretariat of one of its processes, or an admin. The search index follows.
	 */
	@Transactional
	public void changeConfidentiality(UUID id, Confidentiality confidentiality, AccountSummary actor) {
		DocumentRow row = visibleRow(id, Optional.of(actor));
		DocumentPolicy.requireEditor(row, actor);
		if (row.confidentiality() == confidentiality) {
			return;
		}
		store.changeConfidentiality(id, confidentiality);
		events.publishEvent(new DocumentMetadataChanged(id, AuditedChange
			.updated(AuditedEntity.DOCUMENT, id, row.title(java.util.Locale.forLanguageTag(row.language())))
			.before(Map.of("confidentiality", row.confidentiality()))
			.after(Map.of("confidentiality", confidentiality))
			.inPublic(confidentiality == Confidentiality.PUBLIC)));
	}

	/**
	 * Whether this person may add a version to the document: it exists, they may read it, and they are a secretariat
	 * of one of its processes or an admin. Asked first by a module that would otherwise store a new document.
	 */
	public boolean mayAddVersion(UUID id, AccountSummary actor) {
		return store.find(id)
			.filter(row -> Confidentiality.visibleTo(Optional.of(actor)).contains(row.confidentiality()))
			.filter(row -> mayEdit(row, actor))
			.isPresent();
	}

	/** Adds a new version of an existing document; only a secretariat of one of its processes, or an admin. */
	@Transactional
	public int addVersion(UUID id, UploadedFile file, @Nullable String note, AccountSummary actor) {
		DocumentRow row = visibleRow(id, Optional.of(actor));
		DocumentPolicy.requireEditor(row, actor);
		String mediaType = inspector.inspect(file);
		int number = store.addVersion(id, file, mediaType, actor.username(), note);
		events.publishEvent(new DocumentVersionUploaded(id, number, audited(AuditAction.UPDATE, row)
			.before(Map.of("version", number - 1)).after(auditState(row, number, file))));
		return number;
	}

	/** A new version a person uploads from its page: not the same file as the latest ({@link SameFileUploads}). */
	int addUploadedVersion(UUID id, UploadedFile file, @Nullable String note, AccountSummary actor) {
		return sameFile.getObject().addVersion(id, file, note, actor);
	}

	/** A new document a person uploads: a file already there is refused with its document unless confirmed. */
	DocumentSummary publishUpload(DocumentMetadata metadata, UploadedFile file, AccountSummary author,
			boolean confirmed) {
		return sameFile.getObject().publish(metadata, file, author, confirmed);
	}

	/** Withdraws a reserved document's latest version (minutes whose review is discarded); others stay as they are. */
	@Transactional
	public void withdrawLatestVersion(UUID id, int number, AccountSummary actor) {
		DocumentRow row = visibleRow(id, Optional.of(actor));
		DocumentPolicy.requireEditor(row, actor);
		if (row.confidentiality() == Confidentiality.SECRETARIATS && store.withdrawLatest(id, number)) {
			events.publishEvent(new DocumentMetadataChanged(id, audited(AuditAction.UPDATE, row)
				.before(Map.of("version", number)).after(Map.of("version", number - 1))));
		}
	}

	/**
	 * Moves a bi-regional input forward to {@code target} (through the states in between), recording the approving
	 * plenary; only a secretariat of one of its conferences, or an admin.
	 */
	@Transactional
	public void advanceInput(UUID id, InputState target, @Nullable UUID meetingId, @Nullable String meetingTitle,
			@Nullable String comment, AccountSummary actor) {
		workflow.getObject().advance(id, target, meetingId, meetingTitle, comment, actor);
	}

	/** The states the reader may move an input to next; none when they may not move it. */
	List<InputState> allowedMoves(DocumentRow row, AccountSummary actor) {
		return workflow.getObject().allowedMoves(row, actor);
	}

	/** Moves an input one step (the pages' form); refused with 409 when it moved since the form was opened. */
	void moveInput(UUID id, InputState target, long expectedVersion, @Nullable UUID meetingId,
			@Nullable String meetingTitle, @Nullable String comment, AccountSummary actor) {
		workflow.getObject().move(id, target, expectedVersion, meetingId, meetingTitle, comment, actor);
	}

	void comment(UUID id, String body, AccountSummary author) {
		workflow.getObject().comment(id, body, author);
	}

	/** Corrects the metadata; refused with 409 when someone else changed it since the form was opened. */
	@Transactional
	public void updateMetadata(UUID id, DocumentMetadata metadata, long expectedVersion, AccountSummary actor) {
		DocumentRow before = visibleRow(id, Optional.of(actor));
		DocumentPolicy.requireEditor(before, actor);
		DocumentPolicy.requireAuthor(metadata, actor);
		metadata.requireValid();
		store.update(id, metadata, expectedVersion);
		events.publishEvent(new DocumentMetadataChanged(id, AuditedChange
			.updated(AuditedEntity.DOCUMENT, id, metadata.titles().values().iterator().next()).before(before.summary())
			.after(metadata).inPublic(metadata.confidentiality() == Confidentiality.PUBLIC)));
	}

	/** The document if this reader may see it; a 404 otherwise, so confidential documents are not even hinted at. */
	DocumentRow visibleRow(UUID id, Optional<AccountSummary> reader) {
		return store.find(id)
			.filter(row -> Confidentiality.visibleTo(reader).contains(row.confidentiality()))
			.orElseThrow(() -> new NotFoundException("documents.notFound"));
	}

	// The module's own pages and feed read through this door as well, never through the store.

	/** The documents this reader may see (of one kind, when given), at most {@code limit}. */
	List<DocumentRow> visible(Optional<AccountSummary> reader, @Nullable DocumentKind kind, int limit) {
		return kind == null ? store.visible(reader, "true", limit)
				: store.visible(reader, "d.kind = ?", limit, kind.name());
	}

	List<VersionRow> versions(UUID id) {
		return store.versions(id);
	}

	VersionRow version(UUID id, int number) {
		return store.version(id, number).orElseThrow(() -> new NotFoundException("documents.notFound"));
	}

	byte[] content(UUID id, int number) {
		return store.content(id, number);
	}

	/** A version's extracted text, or null while it is being read. */
	@Nullable String text(UUID id, int number) {
		return store.text(id, number);
	}

	List<DocumentStore.Transition> transitions(UUID id) {
		return store.transitions(id);
	}

	List<DocumentStore.Comment> comments(UUID id) {
		return store.comments(id);
	}

	static boolean mayEdit(DocumentRow row, AccountSummary actor) {
		return DocumentPolicy.serves(row.processes(), actor);
	}

	/** A change to a document, under its title in its own language; public documents' changes are public. */
	private static AuditedChange audited(AuditAction action, DocumentRow row) {
		return AuditedChange.of(action, AuditedEntity.DOCUMENT, row.id(),
				row.title(java.util.Locale.forLanguageTag(row.language())))
			.inPublic(row.confidentiality() == Confidentiality.PUBLIC);
	}

	private static Map<String, Object> auditState(DocumentRow row, int number, UploadedFile file) {
		return Map.of("kind", row.kind(), "confidentiality", row.confidentiality(), "version", number, "file",
				file.fileName(), "bytes", file.bytes().length);
	}

	/** Metadata changed, so the search index of the current version must be rebuilt. */
	public record DocumentMetadataChanged(UUID documentId, AuditedChange audited) implements AuditableEvent {
	}
}

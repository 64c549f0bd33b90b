package org.puente.agreements;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.puente.digest.Sha256;
import org.puente.directory.Conference;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Minutes under review: the source text and the proposed agreements as corrected so far. Only a confirmed review
 * produces official agreements; until then every change is a draft saved here.
 */
@Entity
@Table(name = "agreement_review")
class Review {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Id
	private UUID id;

	@Embedded
	private MeetingFacts meeting;

	private String fileName;

	private String language;

	private String sourceText;

	/** SHA-256 of {@code sourceText} in hexadecimal: the same minutes uploaded again are recognised by it. */
	private String sourceSha256;

	/** SHA-256 of the uploaded file's bytes: the same file sent again is recognised by it before it is read. */
	private @Nullable String uploadSha256;

	private String items;

	/** The items the reading did not keep, most likely first, as JSON like {@code items}. */
	private String suggestions = "[]";

	@Enumerated(EnumType.STRING)
	private ReviewStatus status;

	private UUID createdBy;

	private String createdByName;

	private Instant createdAt;

	private Instant updatedAt;

	private @Nullable Instant confirmedAt;

	private @Nullable UUID supersededBy;

	/** The document of the documents capability that keeps the uploaded file, if it was kept. */
	private @Nullable UUID minutesDocumentId;

	/** Which version of that document the upload became. */
	private @Nullable Integer minutesDocumentVersion;

	@Version
	private long version;

	protected Review() {
	}

	Review(MeetingFacts meeting, String fileName, String language, String sourceText, List<ReviewItem> items,
			UUID createdBy, String createdByName, Instant now) {
		this.id = UUID.randomUUID();
		this.meeting = new MeetingFacts(meeting.id(), meeting.title(), meeting.date(),
				List.copyOf(Conference.inOrder(meeting.processes())), meeting.titleLanguage());
		this.fileName = fileName;
		this.language = language;
		this.sourceText = sourceText;
		this.sourceSha256 = Sha256.hex(sourceText);
		this.status = ReviewStatus.DRAFT;
		this.createdBy = createdBy;
		this.createdByName = createdByName;
		this.createdAt = now;
		this.updatedAt = now;
		replaceItems(items, now);
	}

	List<ReviewItem> items() {
		return JSON.readValue(items, new TypeReference<List<ReviewItem>>() {
		});
	}

	void replaceItems(List<ReviewItem> newItems, Instant now) {
		requireDraft();
		this.items = JSON.writeValueAsString(new ArrayList<>(newItems));
		this.updatedAt = now;
	}

	/** The items the reading did not keep but found next most likely, most likely first. */
	List<ReviewItem> suggestions() {
		return JSON.readValue(suggestions, new TypeReference<List<ReviewItem>>() {
		});
	}

	void replaceSuggestions(List<ReviewItem> newSuggestions) {
		requireDraft();
		this.suggestions = JSON.writeValueAsString(new ArrayList<>(newSuggestions));
	}

	/**
	 * Confirms the proposal as corrected and returns its items, from which the register's agreements are made.
	 *
	 * @param noneDeclared the reviewer records that the minutes hold no agreement: only an empty proposal may be
	 *        confirmed so, and an empty one only so (a click on "confirm" with nothing left is a mistake, not a record)
	 */
	List<ReviewItem> confirm(Instant now, boolean noneDeclared) {
		requireDraft();
		List<ReviewItem> proposal = items();
		if (proposal.isEmpty() && !noneDeclared) {
			throw new RefusedException(RefusalKind.INVALID, "agreements.review.confirm.empty");
		}
		if (!proposal.isEmpty() && noneDeclared) {
			throw new RefusedException(RefusalKind.CONFLICT, "agreements.review.none.notEmpty");
		}
		this.status = ReviewStatus.CONFIRMED;
		this.confirmedAt = now;
		this.updatedAt = now;
		return proposal;
	}

	/** These confirmed minutes are replaced by a new version of them, now confirmed. */
	void supersede(Review newVersion, Instant now) {
		if (status != ReviewStatus.CONFIRMED) {
			throw new IllegalStateException("only confirmed minutes are superseded");
		}
		this.status = ReviewStatus.SUPERSEDED;
		this.supersededBy = newVersion.getId();
		this.updatedAt = now;
	}

	@Nullable UUID getSupersededBy() {
		return supersededBy;
	}

	void discard(Instant now) {
		requireDraft();
		this.status = ReviewStatus.DISCARDED;
		this.updatedAt = now;
	}

	private void requireDraft() {
		if (status != null && status != ReviewStatus.DRAFT) {
			throw new RefusedException(RefusalKind.CONFLICT, "agreements.review.notDraft");
		}
	}

	/** The uploaded file was kept as this version of this document. */
	void keptAs(UUID documentId, int documentVersion) {
		this.minutesDocumentId = documentId;
		this.minutesDocumentVersion = documentVersion;
	}

	/** The SHA-256 of the file these minutes were read from. */
	void readFrom(String fileSha256) {
		this.uploadSha256 = fileSha256;
	}

	/** Whether these minutes were read from the very file whose SHA-256 is given. */
	boolean readFromFile(String fileSha256) {
		return fileSha256.equals(uploadSha256);
	}

	/** Whether these are the very minutes whose text is given. */
	boolean holds(String text) {
		return sourceSha256.equals(Sha256.hex(text));
	}

	UUID getId() {
		return id;
	}

	MeetingFacts meeting() {
		return meeting;
	}

	String getFileName() {
		return fileName;
	}

	String getLanguage() {
		return language;
	}

	String getSourceText() {
		return sourceText;
	}

	ReviewStatus getStatus() {
		return status;
	}

	UUID getCreatedBy() {
		return createdBy;
	}

	String getCreatedByName() {
		return createdByName;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	long getVersion() {
		return version;
	}

	@Nullable UUID getMinutesDocumentId() {
		return minutesDocumentId;
	}

	@Nullable Integer getMinutesDocumentVersion() {
		return minutesDocumentVersion;
	}
}

package org.puente.agreements;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.puente.i18n.Language;
import org.springframework.context.MessageSource;

/** A progress note on an agreement, with a link to the evidence and the status change it reported. */
@Entity
class AgreementUpdate {

	@Id
	private UUID id;

	private UUID agreementId;

	/** A person's words; empty when the note is Puente's own ({@link #noteKey}). */
	private String note;

	private @Nullable String noteLanguage;

	private @Nullable String noteKey;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private @Nullable List<String> noteArgs;

	private @Nullable String evidenceUrl;

	@Enumerated(EnumType.STRING)
	private @Nullable AgreementStatus statusFrom;

	@Enumerated(EnumType.STRING)
	private @Nullable AgreementStatus statusTo;

	private @Nullable UUID authorId;

	private String authorName;

	private Instant createdAt;

	protected AgreementUpdate() {
	}

	AgreementUpdate(UUID agreementId, ProgressNote note, @Nullable String evidenceUrl, @Nullable AgreementStatus statusFrom,
			@Nullable AgreementStatus statusTo, @Nullable UUID authorId, String authorName, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.agreementId = agreementId;
		this.note = note.text();
		this.noteLanguage = note.language();
		this.noteKey = note.key();
		this.noteArgs = note.key() == null ? null : note.args();
		this.evidenceUrl = evidenceUrl;
		this.statusFrom = statusFrom;
		this.statusTo = statusTo;
		this.authorId = authorId;
		this.authorName = authorName;
		this.createdAt = createdAt;
	}

	/** The note as a reader of {@code locale} reads it: Puente's own in their language, a person's as typed. */
	AgreementSummary.Progress progress(MessageSource messages, Locale locale) {
		if (noteKey == null) {
			return new AgreementSummary.Progress(note, noteLanguage, false, evidenceUrl, statusFrom, statusTo,
					authorName, createdAt);
		}
		Language reader = Language.of(locale);
		Object[] args = noteArgs == null ? new Object[0] : noteArgs.toArray();
		return new AgreementSummary.Progress(messages.getMessage(noteKey, args, reader.locale()), reader.code(), true,
				evidenceUrl, statusFrom, statusTo, authorName, createdAt);
	}

	/** Whether this is Puente's note that a new version of the minutes dropped the agreement. */
	boolean saysDropped() {
		return ProgressNote.DROPPED.equals(noteKey);
	}

	@Nullable AgreementStatus getStatusFrom() {
		return statusFrom;
	}

	@Nullable AgreementStatus getStatusTo() {
		return statusTo;
	}

	Instant getCreatedAt() {
		return createdAt;
	}
}

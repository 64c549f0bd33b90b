package org.puente.drafting;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One paragraph of a text, in its Spanish master wording, with its translations kept aligned. Each change of the
 * master raises {@code revision}; a translation made from an older revision is stale until someone updates it, and
 * an amendment written against an older revision must be rebased before it can be applied.
 */
@Entity
@Table(name = "drafting_paragraph")
class DraftParagraph {

	@Id
	private UUID id;

	private UUID textId;

	private int position;

	private String body = "";

	private int revision = 1;

	private boolean deleted;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "drafting_translation", joinColumns = @JoinColumn(name = "paragraph_id"))
	@MapKeyColumn(name = "language")
	private Map<String, Translation> translations = new HashMap<>();

	@Version
	private long version;

	protected DraftParagraph() {
		this.id = UUID.randomUUID();
		this.textId = this.id;
	}

	DraftParagraph(UUID textId, int position, String body) {
		this.id = UUID.randomUUID();
		this.textId = textId;
		this.position = position;
		this.body = body;
	}

	/** A new master wording; the same wording again changes nothing (and leaves translations current). */
	boolean rewrite(String newBody) {
		if (newBody.equals(body)) {
			return false;
		}
		body = newBody;
		revision++;
		return true;
	}

	void delete() {
		deleted = true;
		revision++;
	}

	void moveTo(int newPosition) {
		position = newPosition;
	}

	void translate(String language, String text, String by) {
		translations.put(language, new Translation(text, revision, by, Instant.now()));
	}

	public Optional<Translation> translation(String language) {
		return Optional.ofNullable(translations.get(language));
	}

	/** A translation exists but was made from an older master wording. */
	public boolean isStale(String language) {
		return translation(language).map(t -> t.basedOnRevision < revision).orElse(false);
	}

	/** The wording in a language, the master's when there is no translation. */
	public String body(String language) {
		return "es".equals(language) ? body : translation(language).map(Translation::getBody).orElse(body);
	}

	/** The language of {@link #body(String)}: the one asked for when translated, else the master wording's Spanish. */
	public String bodyLanguage(String language) {
		return translation(language).isPresent() ? language : "es";
	}

	public UUID getId() {
		return id;
	}

	public UUID getTextId() {
		return textId;
	}

	public int getPosition() {
		return position;
	}

	public String getBody() {
		return body;
	}

	public int getRevision() {
		return revision;
	}

	public boolean isDeleted() {
		return deleted;
	}

	public long getVersion() {
		return version;
	}

	/** A translation, and the master revision it was made from. */
	@Embeddable
	static class Translation {

		private String body = "";

		@Column(name = "based_on_revision")
		private int basedOnRevision;

		private String updatedBy = "";

		private Instant updatedAt = Instant.EPOCH;

		protected Translation() {
		}

		Translation(String body, int basedOnRevision, String updatedBy, Instant updatedAt) {
			this.body = body;
			this.basedOnRevision = basedOnRevision;
			this.updatedBy = updatedBy;
			this.updatedAt = updatedAt;
		}

		public String getBody() {
			return body;
		}

		public String getUpdatedBy() {
			return updatedBy;
		}

		public Instant getUpdatedAt() {
			return updatedAt;
		}
	}
}

package org.puente.drafting;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One message in an amendment's discussion; a reply names the message it answers. */
@Entity
@Table(name = "drafting_comment")
class AmendmentComment {

	@Id
	private UUID id;

	private UUID amendmentId;

	private @Nullable UUID parentId;

	private String author = "";

	private String authorName = "";

	private String body = "";

	private Instant createdAt = Instant.EPOCH;

	protected AmendmentComment() {
		this.id = UUID.randomUUID();
		this.amendmentId = id;
	}

	AmendmentComment(UUID amendmentId, @Nullable UUID parentId, String author, String authorName, String body) {
		this.id = UUID.randomUUID();
		this.amendmentId = amendmentId;
		this.parentId = parentId;
		this.author = author;
		this.authorName = authorName;
		this.body = body;
		this.createdAt = Instant.now();
	}

	public UUID getId() {
		return id;
	}

	public UUID getAmendmentId() {
		return amendmentId;
	}

	public @Nullable UUID getParentId() {
		return parentId;
	}

	public String getAuthor() {
		return author;
	}

	public String getAuthorName() {
		return authorName;
	}

	public String getBody() {
		return body;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}

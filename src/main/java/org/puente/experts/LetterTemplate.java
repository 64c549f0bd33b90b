package org.puente.experts;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The wording of the joint letter to the UN Secretariat in one language, with placeholders a secretariat edits. */
@Entity
@Table(name = "experts_letter_template")
class LetterTemplate {

	@Id
	private String lang = "es";

	private String body = "";

	private String updatedBy = "";

	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	protected LetterTemplate() {
	}

	LetterTemplate(String lang, String body, String updatedBy) {
		this.lang = lang;
		this.body = body;
		this.updatedBy = updatedBy;
	}

	void rewrite(String body, String by) {
		this.body = body;
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	String getLang() { return lang; }
	String getBody() { return body; }
	String getUpdatedBy() { return updatedBy; }
	Instant getUpdatedAt() { return updatedAt; }
	long getVersion() { return version; }
}

package org.puente.glossary;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** What one country says a term means, with where it said so (a consultation answer, a national law, a note). */
@Entity
@Table(name = "glossary_country_definition")
class CountryDefinition {

	@Id
	private UUID id = UUID.randomUUID();

	private UUID termId;

	private String countryIso2 = "";

	private String language = "es";

	private String text = "";

	private String source = "";

	/** The source's language (es, en, pt, fr); null for sources recorded before Puente asked (no lang, no guess). */
	private @Nullable String sourceLanguage;

	private @Nullable UUID consultationId;

	private @Nullable UUID answerId;

	@Version
	private long version;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	protected CountryDefinition() {
		this.termId = UUID.randomUUID();
	}

	CountryDefinition(UUID termId, String countryIso2) {
		this.termId = termId;
		this.countryIso2 = countryIso2;
	}

	void rewrite(String language, String text, String source, String sourceLanguage) {
		this.language = language;
		this.text = text;
		this.source = source;
		this.sourceLanguage = sourceLanguage;
		this.updatedAt = Instant.now();
	}

	void fromAnswer(UUID consultationId, UUID answerId) {
		this.consultationId = consultationId;
		this.answerId = answerId;
	}

	public UUID getId() { return id; }
	public UUID getTermId() { return termId; }
	public String getCountryIso2() { return countryIso2; }
	public String getLanguage() { return language; }
	public String getText() { return text; }
	public String getSource() { return source; }
	public @Nullable String getSourceLanguage() { return sourceLanguage; }
	public @Nullable UUID getConsultationId() { return consultationId; }
	public @Nullable UUID getAnswerId() { return answerId; }
	public Instant getUpdatedAt() { return updatedAt; }
}

package org.puente.glossary;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.puente.i18n.Language;
import org.puente.i18n.MultilingualText;

/** A concept of the glossary, named in up to four languages, each with its synonyms. */
@Entity
class GlossaryTerm {

	@Id
	private UUID id = UUID.randomUUID();

	private String slug = "";

	private @Nullable String labelEs;

	private @Nullable String labelEn;

	private @Nullable String labelPt;

	private @Nullable String labelFr;

	private String synonymsEs = "";

	private String synonymsEn = "";

	private String synonymsPt = "";

	private String synonymsFr = "";

	private @Nullable String note;

	@Version
	private long version;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	protected GlossaryTerm() {
	}

	GlossaryTerm(String slug) {
		this.slug = slug;
	}

	public UUID getId() { return id; }
	public String getSlug() { return slug; }
	public long getVersion() { return version; }
	public @Nullable String getNote() { return note; }
	void setNote(@Nullable String note) { this.note = note; }
	void touch() { updatedAt = Instant.now(); }

	public @Nullable String label(String lang) {
		return labels().get(lang);
	}

	/** The labels in the languages they are written in: pages mark the one shown with its {@code lang}. */
	public MultilingualText labels() {
		return new MultilingualText(labelEs, labelEn, labelPt, labelFr);
	}

	void setLabel(String lang, @Nullable String label) {
		String value = label == null || label.isBlank() ? null : label.strip();
		switch (lang) {
			case "en" -> labelEn = value;
			case "pt" -> labelPt = value;
			case "fr" -> labelFr = value;
			default -> labelEs = value;
		}
	}

	public List<String> synonyms(String lang) {
		String raw = new MultilingualText(synonymsEs, synonymsEn, synonymsPt, synonymsFr).get(lang);
		return raw == null ? List.of() : Arrays.stream(raw.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	void setSynonyms(String lang, List<String> synonyms) {
		String value = String.join("\n", synonyms.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
		switch (lang) {
			case "en" -> synonymsEn = value;
			case "pt" -> synonymsPt = value;
			case "fr" -> synonymsFr = value;
			default -> synonymsEs = value;
		}
	}

	/** The label in the reader's language, or the first one there is. */
	public String label(Locale locale) {
		String own = label(Language.of(locale).code());
		if (own != null) {
			return own;
		}
		return Language.CODES.stream().map(this::label).filter(l -> l != null).findFirst().orElse(slug);
	}

	TermSummary summary() {
		Map<String, String> labels = new LinkedHashMap<>();
		Map<String, List<String>> synonyms = new LinkedHashMap<>();
		for (String lang : Language.CODES) {
			String label = label(lang);
			if (label != null) {
				labels.put(lang, label);
			}
			synonyms.put(lang, synonyms(lang));
		}
		return new TermSummary(id, slug, labels, synonyms);
	}
}

package org.puente.glossary;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** A glossary term as other capabilities see it: its labels and synonyms per language (es, en, pt, fr). */
public record TermSummary(UUID id, String slug, Map<String, String> labels, Map<String, List<String>> synonyms) {

	public TermSummary {
		labels = Map.copyOf(labels);
		synonyms = Map.copyOf(synonyms);
	}

	/** The label in the reader's language, falling back to Spanish, then any. */
	public String label(Locale locale) {
		String own = labels.get(locale.getLanguage());
		if (own != null) {
			return own;
		}
		return labels.getOrDefault("es", labels.values().stream().findFirst().orElse(slug));
	}
}

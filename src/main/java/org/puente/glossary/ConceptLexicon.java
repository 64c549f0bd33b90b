package org.puente.glossary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.puente.i18n.Language;

/**
 * The glossary's labels and synonyms as sequences of stems per language, each pointing to its term: "refugio",
 * "refuge" and "refúgio" all become one concept, which is how definitions written in different languages can share
 * words at all.
 */
final class ConceptLexicon {

	/** One concept: an id and its labels and synonyms per language. */
	record Concept(String id, Map<String, List<String>> names) {
	}

	private final Map<String, Map<List<String>, String>> byLanguage = new HashMap<>();

	private final Map<String, Map<String, String>> displayNames = new HashMap<>();

	private int longest = 1;

	ConceptLexicon(List<Concept> concepts, LanguageAnalyzers analyzers) {
		for (Concept concept : concepts) {
			concept.names().forEach((lang, names) -> {
				for (String name : names) {
					List<String> stems = analyzers.tokens(lang, name).stream().map(LanguageAnalyzers.Token::stem).toList();
					if (!stems.isEmpty()) {
						byLanguage.computeIfAbsent(lang, l -> new HashMap<>()).putIfAbsent(stems, concept.id());
						longest = Math.max(longest, stems.size());
					}
				}
				if (!names.isEmpty()) {
					displayNames.computeIfAbsent(concept.id(), c -> new HashMap<>()).put(lang, names.get(0));
				}
			});
		}
	}

	static ConceptLexicon empty() {
		return new ConceptLexicon(List.of(), new LanguageAnalyzers());
	}

	/** The concept named by exactly these stems in this language, or null. */
	@org.jspecify.annotations.Nullable String concept(String language, List<String> stems) {
		Map<List<String>, String> names = byLanguage.get(language);
		return names == null ? null : names.get(stems);
	}

	int longestName() {
		return longest;
	}

	/** The concept's name in a language, or in any language when that one has none. */
	String name(String conceptId, String language) {
		Map<String, String> names = displayNames.getOrDefault(conceptId, Map.of());
		String own = names.get(language);
		if (own != null) {
			return own;
		}
		return Language.CODES.stream().map(names::get).filter(n -> n != null).findFirst().orElse(conceptId);
	}
}

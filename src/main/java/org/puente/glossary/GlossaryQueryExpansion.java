package org.puente.glossary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.puente.directory.TextFolding;
import org.puente.search.QueryExpansion;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cross-language search: when a query names a glossary term in any language (accents and case ignored), the
 * term's labels in the other languages are added: "migrante extrarregional" also searches "extra-regional migrant",
 * the Portuguese "migrante extrarregional" and "migrant extrarégional".
 */
@Component
class GlossaryQueryExpansion implements QueryExpansion {

	private final GlossaryTermRepository terms;

	GlossaryQueryExpansion(GlossaryTermRepository terms) {
		this.terms = terms;
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> equivalents(String text, Locale locale) {
		String query = " " + TextFolding.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
		Set<String> found = new LinkedHashSet<>();
		for (GlossaryTerm term : terms.findAllByOrderBySlug()) {
			for (String lang : Languages.ALL) {
				List<String> names = new ArrayList<>(term.synonyms(lang));
				if (term.label(lang) != null) {
					names.add(0, term.label(lang));
				}
				if (names.stream().anyMatch(n -> contains(query, n))) {
					for (String other : Languages.ALL) {
						if (!other.equals(lang) && term.label(other) != null) {
							found.add(term.label(other));
						}
					}
				}
			}
		}
		return List.copyOf(found);
	}

	/** Whole words only: "trata" must not match inside "tratado". */
	private static boolean contains(String foldedQuery, String name) {
		String folded = TextFolding.fold(name).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
		return !folded.isEmpty() && foldedQuery.contains(" " + folded + " ");
	}
}

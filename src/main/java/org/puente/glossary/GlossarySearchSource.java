package org.puente.glossary;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.puente.i18n.Language;
import org.puente.search.PublicSearchSource;
import org.puente.search.SearchEntries;
import org.puente.search.SearchEntry;
import org.puente.search.SearchFacet;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Glossary terms in the one search box, found by their labels, synonyms and adopted bi-regional definition in any
 * language, and filtered by the languages they have a label in. Their labels and synonyms are also the names that
 * widen a query: a search for "migrantes extrarregionales" also searches the term's English, Portuguese and French
 * labels. The glossary is public.
 */
@Component
class GlossarySearchSource extends PublicSearchSource {

	private final GlossaryTermRepository terms;

	private final BiregionalDefinitionRepository biregional;

	private final SearchEntries entries;

	GlossarySearchSource(GlossaryTermRepository terms, BiregionalDefinitionRepository biregional,
			SearchEntries entries) {
		super("term", EnumSet.of(SearchFacet.LANG));
		this.terms = terms;
		this.biregional = biregional;
		this.entries = entries;
	}

	@Override
	public Stream<SearchEntry> entries() {
		return terms.findAllByOrderBySlug().stream().map(this::entry);
	}

	/** A term's entry follows its events, in the transaction that changed it. */
	@EventListener
	void on(GlossaryEvents.TermChanged changed) {
		terms.findById(changed.termId()).ifPresent(this::index);
	}

	/** Puts the term's entry again, after the term or its bi-regional definition changed. */
	void index(GlossaryTerm term) {
		entries.put(entry(term));
	}

	private SearchEntry entry(GlossaryTerm term) {
		Optional<BiregionalDefinition> adopted = biregional.findById(term.getId())
			.filter(d -> d.getStatus() == BiregionalStatus.ADOPTED);
		SearchEntry.Builder entry = SearchEntry.builder(type(), term.getSlug(), "/glossary/" + term.getSlug());
		List<String> names = new ArrayList<>();
		for (String lang : Language.CODES) {
			String label = term.label(lang);
			entry.title(lang, label);
			if (label != null) {
				entry.languages(List.of(lang));
				names.add(label);
			}
			names.addAll(term.synonyms(lang));
			List<String> shown = new ArrayList<>();
			if (label != null) {
				shown.add(label);
			}
			shown.addAll(term.synonyms(lang));
			entry.text(lang, String.join(" · ", shown));
			entry.text(lang, adopted.map(d -> d.text(lang)).orElse(null));
		}
		return entry.names(names).build();
	}
}

package org.puente.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.TextLanguage;
import org.springframework.stereotype.Service;

/**
 * The one search box. It decides which sources take part (those of the chosen types that carry every active
 * facet, each showing only what the reader may see), widens the query with the glossary's equivalents, runs it on
 * the index once for all sources, and, when almost nothing matches, tries the closest spelling the reader's
 * results contain: with no result at all it shows the corrected search, otherwise it offers it.
 */
@Service
class Search {

	private final List<SearchSource> sources;

	private final EntryIndex index;

	private final SearchLabels labels;

	Search(List<SearchSource> sources, EntryIndex index, SearchLabels labels) {
		this.sources = sources;
		this.index = index;
		this.labels = labels;
	}

	SearchResults search(SearchQuery query) {
		List<EntryIndex.Visible> visible = visible(query);
		List<SearchResults.Name> also = alsoSearched(query.text(), query);
		Run run = run(query.text(), also, visible, query);
		if (run.found().total() < 3) {
			Optional<ParsedQuery> corrected = corrected(query.text(), visible);
			if (corrected.isPresent()) {
				List<SearchResults.Name> correctedAlso = alsoSearched(corrected.get(), query);
				Run better = run(corrected.get(), correctedAlso, visible, query);
				if (run.found().total() == 0 && better.found().total() > 0) {
					return results(better, query, correctedAlso, null, query.text().display());
				}
				if (better.found().total() > run.found().total()) {
					return results(run, query, also, corrected.get().display(), null);
				}
			}
		}
		return results(run, query, also, null, null);
	}

	/** The sources taking part, with what each lets this reader see. */
	private List<EntryIndex.Visible> visible(SearchQuery query) {
		Set<SearchFacet> active = query.filters().active().keySet();
		List<EntryIndex.Visible> visible = new ArrayList<>();
		for (SearchSource source : sources) {
			boolean chosen = query.filters().types().isEmpty() || query.filters().types().contains(source.type());
			if (chosen && source.facets().containsAll(active)) {
				Set<String> audiences = source.audiences(query.reader());
				if (!audiences.isEmpty()) {
					visible.add(new EntryIndex.Visible(source.type(), audiences));
				}
			}
		}
		return visible;
	}

	private record Run(ParsedQuery text, EntryIndex.Found found, Set<SearchFacet> facets) {
	}

	private Run run(ParsedQuery text, List<SearchResults.Name> also, List<EntryIndex.Visible> visible,
			SearchQuery query) {
		Set<SearchFacet> facets = EnumSet.of(SearchFacet.TYPE);
		sources.stream()
			.filter(s -> visible.stream().anyMatch(v -> v.type().equals(s.type())))
			.forEach(s -> facets.addAll(s.facets()));
		List<ParsedQuery> equivalents = also.stream()
			.map(name -> SearchQueryParser.words(name.text()))
			.filter(w -> !w.isEmpty())
			.map(w -> new ParsedQuery(List.of(w.stream().map(t -> new ParsedQuery.Term(t, false, false)).toList())))
			.toList();
		EntryIndex.Found found = index.search(new EntryIndex.Request(text, equivalents, visible,
				query.filters().active(), facets, query.offset(), SearchQuery.PAGE_SIZE, true,
				org.puente.i18n.Language.of(query.locale()).code()));
		return new Run(text, found, facets);
	}

	/**
	 * The names of the visible entries (glossary terms) that the query contains, in their other languages, read as the
	 * thesaurus's graph reads the query (lang13): the longest stretch of words that is a name wins, so that "migrante
	 * extrarregional" also searches "extra-regional migrant", not the word "migrante"'s "migrant" as well; a stretch
	 * is a name in its own form or in one of the plurals the graph stands names in ("refugiados" is "refugiado"). Each
	 * entry's titles in the reader's language first, each name once, and none the query itself holds.
	 */
	private List<SearchResults.Name> alsoSearched(ParsedQuery text, SearchQuery query) {
		List<String> words = SearchText.words(String.join(" ", text.words()));
		Map<List<Integer>, List<String>> stretches = new LinkedHashMap<>(); // {from, to} → its forms, longest first
		for (int length = Math.min(words.size(), 6); length > 0; length--) {
			for (int from = 0; from + length <= words.size(); from++) {
				stretches.put(List.of(from, from + length), singulars(words.subList(from, from + length)));
			}
		}
		List<EntryIndex.Visible> named = new ArrayList<>();
		for (SearchSource source : sources) {
			Set<String> audiences = source.audiences(query.reader());
			if (!audiences.isEmpty()) {
				named.add(new EntryIndex.Visible(source.type(), audiences));
			}
		}
		Map<String, List<Map<String, String>>> entries = index.named(
				stretches.values().stream().flatMap(List::stream).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)), named);
		Set<String> held = new LinkedHashSet<>(); // what the query holds, folded: never "also" searched
		held.add(String.join(" ", words));
		boolean[] read = new boolean[words.size()];
		List<Map<String, String>> found = new ArrayList<>();
		stretches.forEach((span, forms) -> {
			held.addAll(forms);
			List<Map<String, String>> these = forms.stream().flatMap(f -> entries.getOrDefault(f, List.of()).stream()).toList();
			if (these.isEmpty() || java.util.stream.IntStream.range(span.get(0), span.get(1)).anyMatch(i -> read[i])) {
				return; // names nothing, or inside a longer name already read
			}
			java.util.stream.IntStream.range(span.get(0), span.get(1)).forEach(i -> read[i] = true);
			these.stream().filter(e -> !found.contains(e)).forEach(found::add);
		});
		String typed = " " + String.join(" ", words) + " ";
		String reader = org.puente.i18n.Language.of(query.locale()).code();
		Map<String, SearchResults.Name> also = new LinkedHashMap<>();
		for (Map<String, String> titles : found) {
			List<String> languages = new ArrayList<>(titles.keySet());
			languages.sort(Comparator.comparing(l -> !l.equals(reader)));
			for (String language : languages) {
				String folded = SearchText.fold(titles.get(language));
				if (!typed.contains(" " + folded + " ") && !held.contains(folded)) {
					also.putIfAbsent(folded, new SearchResults.Name(titles.get(language), language));
				}
			}
		}
		return List.copyOf(also.values());
	}

	/**
	 * A stretch of folded words and the forms it would have as a name the graph stands in its plurals
	 * ({@code Thesaurus}: every word with -s, every word with -es, the last word with -s): the stretch itself first.
	 */
	static List<String> singulars(List<String> words) {
		Set<String> forms = new LinkedHashSet<>();
		forms.add(String.join(" ", words));
		for (String ending : List.of("es", "s")) {
			if (words.stream().allMatch(w -> w.length() > ending.length() + 2 && w.endsWith(ending))) {
				forms.add(String.join(" ", words.stream().map(w -> w.substring(0, w.length() - ending.length())).toList()));
			}
		}
		String last = words.get(words.size() - 1);
		if (last.length() > 3 && last.endsWith("s")) {
			forms.add(String.join(" ", words.subList(0, words.size() - 1)) + (words.size() > 1 ? " " : "")
					+ last.substring(0, last.length() - 1));
		}
		return List.copyOf(forms);
	}

	/**
	 * The query with each word that no entry the reader may see holds replaced by the closest one such an entry
	 * holds, if any changed: the words of entries hidden from the reader are never offered (nor do they stop a
	 * correction).
	 */
	private Optional<ParsedQuery> corrected(ParsedQuery text, List<EntryIndex.Visible> visible) {
		boolean changed = false;
		List<List<ParsedQuery.Term>> alternatives = new ArrayList<>();
		for (List<ParsedQuery.Term> alternative : text.alternatives()) {
			List<ParsedQuery.Term> terms = new ArrayList<>();
			for (ParsedQuery.Term term : alternative) {
				List<String> words = new ArrayList<>();
				for (String word : term.text().split(" ")) {
					String folded = SearchText.fold(word);
					String better = word;
					if (!term.excluded() && folded.length() > 3 && !folded.contains(" ") && !index.knows(folded, visible)) {
						better = index.closest(folded, visible).orElse(word);
					}
					changed |= !better.equals(word);
					words.add(better);
				}
				terms.add(new ParsedQuery.Term(String.join(" ", words), term.phrase(), term.excluded()));
			}
			alternatives.add(terms);
		}
		return changed ? Optional.of(new ParsedQuery(alternatives)) : Optional.empty();
	}

	private SearchResults results(Run run, SearchQuery query, List<SearchResults.Name> also, @Nullable String didYouMean,
			@Nullable String correctedFrom) {
		Locale locale = query.locale();
		List<SearchResults.Hit> hits = run.found().hits().stream().map(h -> hit(h, locale)).toList();
		List<SearchResults.Facet> facets = new ArrayList<>();
		for (SearchFacet facet : run.facets()) {
			Map<String, Long> counts = run.found().facets().getOrDefault(facet, Map.of());
			if (counts.isEmpty()) {
				continue;
			}
			List<SearchResults.FacetValue> values = new ArrayList<>();
			counts.forEach((value, n) -> values.add(new SearchResults.FacetValue(value,
					labels.facet(facet, value, locale), new SearchResults.Count(n, run.found().exact()),
					query.filters().isChosen(facet.parameter(), value))));
			values.sort(order(facet));
			facets.add(new SearchResults.Facet(facet, values));
		}
		SearchResults.Count total = run.found().exact() ? new SearchResults.Count(run.found().total(), true)
				: new SearchResults.Count(run.found().truncated() ? run.found().total() : SearchQuery.COUNT_BOUND, false);
		return new SearchResults(run.text().display(), total, hits, facets,
				also, didYouMean, correctedFrom, query.page(), query.filters(), run.found().truncated());
	}

	private static Comparator<SearchResults.FacetValue> order(SearchFacet facet) {
		return switch (facet) {
			case YEAR -> Comparator.comparing(SearchResults.FacetValue::value).reversed();
			case SESSION, OBJECTIVE -> Comparator.comparingInt(v -> Integer.parseInt(v.value()));
			default -> Comparator.comparing((SearchResults.FacetValue v) -> v.count().value()).reversed()
				.thenComparing(SearchResults.FacetValue::label);
		};
	}

	private SearchResults.Hit hit(EntryIndex.IndexHit h, Locale locale) {
		// the reader's language, else the entry's own, else any: and which one it was, for the title's lang
		String own = h.language() == null ? "es" : h.language();
		String titleLanguage = java.util.stream.Stream.of(locale.getLanguage(), own).filter(h.titles()::containsKey)
			.findFirst().orElse(h.titles().keySet().stream().findFirst().orElse(null));
		String title = titleLanguage == null ? "" : h.titles().get(titleLanguage);
		SearchResults.Kind kind = h.kind() == null ? null
				: new SearchResults.Kind(h.kind(), labels.facet(SearchFacet.KIND, h.kind(), locale));
		return new SearchResults.Hit(h.type(), labels.type(h.type(), locale), h.sourceId(), h.version(), title,
				h.snippet(), h.url(), h.date(), h.processes(), kind, titleLanguage, h.snippetLanguage(),
				SearchResults.Hit.marked(h.snippet()),
				TextLanguage.framedTitle(title, titleLanguage, h.titles().get(own), own));
	}

	/** The types that can be searched, in the order sources are declared (for the API's description). */
	List<String> types() {
		return sources.stream().map(SearchSource::type).collect(java.util.stream.Collectors.toCollection(
				LinkedHashSet::new)).stream().toList();
	}
}

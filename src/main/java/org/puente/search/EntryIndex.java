package org.puente.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.projection.ProjectionCollector;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Runs searches against the index of {@link IndexedEntry search entries} through Hibernate Search: the typed query
 * in each language's fields (titles weigh three times the text), the glossary's equivalents with half the weight,
 * only what the reader may see, the active filters, the facet counts, one page of hits with highlighted snippets,
 * all read from the index alone.
 */
@Component
class EntryIndex {

	private static final SimpleQueryFlag[] FLAGS = { SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT,
			SimpleQueryFlag.PHRASE, SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.ESCAPE, SimpleQueryFlag.WHITESPACE };

	private final EntityManagerFactory entityManagers;

	EntryIndex(EntityManagerFactory entityManagers) {
		this.entityManagers = entityManagers;
	}

	/** What the reader may see of one source: its type and the audiences open to them. */
	record Visible(String type, Set<String> audiences) {
	}

	record Request(ParsedQuery query, List<ParsedQuery> equivalents, List<Visible> visible,
			Map<SearchFacet, Set<String>> filters, Set<SearchFacet> facets, int offset, int limit, boolean snippets) {
	}

	/** What matched: how many ({@code exact} up to the bound), one page of hits, the facets' counts. */
	record Found(long total, boolean exact, List<IndexHit> hits, Map<SearchFacet, Map<String, Long>> facets) {
	}

	record IndexHit(String key, String type, String sourceId, Map<String, String> titles, @Nullable String language,
			@Nullable String kind, List<String> processes, @Nullable LocalDate date, String url,
			@Nullable Integer version, String snippet) {
	}

	/**
	 * Three passes, each cheap: the ids of the best {@link SearchQuery#COUNT_BOUND} matches (ranking may skip what
	 * cannot enter them, so the count is exact only up to that bound); the page of hits among them, with their
	 * stored values and snippets; and the facets of those best matches — all of them when there are fewer than the
	 * bound, so counts are then exact and add up to the total.
	 */
	Found search(Request request) {
		if (request.visible().isEmpty()) {
			return new Found(0, true, List.of(), Map.of());
		}
		try (EntityManager em = entityManagers.createEntityManager()) {
			SearchSession session = Search.session(em);
			SearchScope<IndexedEntry> scope = session.scope(IndexedEntry.class);
			SearchPredicate main = matching(scope.predicate(), request).toPredicate();
			SearchResult<String> ranked = session.search(scope)
				.select(f -> f.id(String.class))
				.where(main)
				.totalHitCountThreshold(SearchQuery.COUNT_BOUND)
				.fetch(SearchQuery.COUNT_BOUND);
			List<String> best = ranked.hits();
			List<String> page = best.subList(Math.min(request.offset(), best.size()),
					Math.min(request.offset() + request.limit(), best.size()));
			return new Found(ranked.total().hitCountLowerBound(), ranked.total().isHitCountExact(),
					page(session, scope, main, page, request.snippets()), facets(session, scope, best, request));
		}
	}

	private List<IndexHit> page(SearchSession session, SearchScope<IndexedEntry> scope, SearchPredicate main,
			List<String> ids, boolean snippets) {
		if (ids.isEmpty()) {
			return List.of();
		}
		// the main predicate again, so the snippets mark what matched; the ids keep it to this page
		List<IndexHit> hits = session.search(scope)
			.select(f -> f.composite()
				.from(f.id(String.class), f.field("type", String.class), f.field("sourceId", String.class),
						f.field("title_es", String.class), f.field("title_en", String.class),
						f.field("title_pt", String.class), f.field("title_fr", String.class),
						f.field("language", String.class), f.field("kind", String.class),
						f.field("process", String.class).collector(ProjectionCollector.list()),
						f.field("date", LocalDate.class), f.field("url", String.class),
						f.field("version", Integer.class), f.field("excerpt", String.class),
						snippets ? f.highlight("text_es") : f.constant(List.of()),
						snippets ? f.highlight("text_en") : f.constant(List.of()),
						snippets ? f.highlight("text_pt") : f.constant(List.of()),
						snippets ? f.highlight("text_fr") : f.constant(List.of()))
				.asList(EntryIndex::hit))
			.where(f -> f.bool().must(main).filter(f.id().matchingAny(ids)))
			.highlighter(h -> h.fastVector().tag("<mark>", "</mark>").fragmentSize(Snippets.LENGTH)
				.numberOfFragments(1).encoder(HighlighterEncoder.HTML))
			.fetchHits(ids.size());
		List<IndexHit> ordered = new ArrayList<>(hits);
		ordered.sort(java.util.Comparator.comparingInt(h -> ids.indexOf(h.key())));
		return ordered;
	}

	private Map<SearchFacet, Map<String, Long>> facets(SearchSession session, SearchScope<IndexedEntry> scope,
			List<String> best, Request request) {
		if (best.isEmpty() || request.facets().isEmpty()) {
			return Map.of();
		}
		Map<SearchFacet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(SearchFacet.class);
		request.facets().forEach(facet -> keys.put(facet, AggregationKey.of(facet.parameter())));
		var query = session.search(scope).select(f -> f.id(String.class)).where(f -> f.id().matchingAny(best));
		for (var key : keys.entrySet()) {
			query = query.aggregation(key.getValue(), f -> f.terms().field(key.getKey().field(), String.class)
				.maxTermCount(100));
		}
		SearchResult<String> result = query.fetch(0);
		Map<SearchFacet, Map<String, Long>> facets = new EnumMap<>(SearchFacet.class);
		keys.forEach((facet, key) -> facets.put(facet, new LinkedHashMap<>(result.aggregation(key))));
		return facets;
	}

	private static PredicateFinalStep matching(SearchPredicateFactory f, Request request) {
		var text = f.bool().should(typed(f, request.query()).boost(2f));
		for (ParsedQuery equivalent : request.equivalents()) {
			text.should(typed(f, equivalent));
		}
		var all = f.bool().must(text).filter(visibleTo(f, request.visible()));
		request.filters().forEach((facet, values) -> all.filter(f.terms().field(facet.field()).matchingAny(values)));
		return all;
	}

	/** Entries of the given types whose audience the reader belongs to. */
	private static PredicateFinalStep visibleTo(SearchPredicateFactory f, List<Visible> visible) {
		var any = f.bool();
		for (Visible source : visible) {
			any.should(f.bool().must(f.match().field("type").matching(source.type()))
				.must(f.terms().field("audience").matchingAny(source.audiences())));
		}
		return any;
	}

	/**
	 * The query in every language's fields: an English document matches when its English words all do. A document
	 * that has the words of an alternative next to each other (within two words) ranks higher: that is what
	 * someone typing "trata de personas" means.
	 */
	private static BooleanPredicateClausesStep<?, ?> typed(SearchPredicateFactory f, ParsedQuery query) {
		var languages = f.bool();
		String text = query.simpleQueryString();
		for (String language : SearchAnalysis.LANGUAGES) {
			languages.should(f.simpleQueryString()
				.field("title_" + language).boost(3f)
				.field("text_" + language)
				.matching(text)
				.defaultOperator(BooleanOperator.AND)
				.flags(FLAGS));
			for (List<ParsedQuery.Term> alternative : query.alternatives()) {
				List<String> words = alternative.stream().filter(t -> !t.excluded() && !t.phrase())
					.map(ParsedQuery.Term::text).toList();
				if (words.size() > 1) {
					languages.should(f.phrase().field("title_" + language).boost(3f).field("text_" + language)
						.matching(String.join(" ", words)).slop(2).boost(2f));
				}
			}
		}
		return languages;
	}

	/** The visible entries whose names are among these folded phrases, with their titles by language. */
	List<Map<String, String>> named(List<String> phrases, List<Visible> visible) {
		if (phrases.isEmpty() || visible.isEmpty()) {
			return List.of();
		}
		try (EntityManager em = entityManagers.createEntityManager()) {
			return Search.session(em).search(IndexedEntry.class)
				.select(f -> f.composite()
					.from(f.field("title_es", String.class), f.field("title_en", String.class),
							f.field("title_pt", String.class), f.field("title_fr", String.class))
					.asList(EntryIndex::titles))
				.where(f -> f.bool().must(f.terms().field("names").matchingAny(phrases)).filter(visibleTo(f, visible)))
				.fetchHits(20);
		}
	}

	/** Whether any entry has this (folded, unstemmed) word. */
	boolean knows(String word) {
		try (IndexReader reader = scope().openIndexReader()) {
			return reader.docFreq(new Term(SearchAnalysis.WORDS, word)) > 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The closest word the index has to a (folded) word it does not have, within two edits. */
	Optional<String> closest(String word) {
		DirectSpellChecker checker = new DirectSpellChecker();
		checker.setMinPrefix(0);
		try (IndexReader reader = scope().openIndexReader()) {
			SuggestWord[] found = checker.suggestSimilar(new Term(SearchAnalysis.WORDS, word), 1, reader,
					SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
			return found.length == 0 ? Optional.empty() : Optional.of(found[0].string);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private org.hibernate.search.backend.lucene.scope.LuceneIndexScope scope() {
		SearchScope<IndexedEntry> scope = Search.mapping(entityManagers).scope(IndexedEntry.class);
		return scope.extension(LuceneExtension.get());
	}

	@SuppressWarnings("unchecked")
	private static IndexHit hit(List<?> all) {
		String key = (String) all.get(0);
		List<?> v = all.subList(1, all.size());
		String language = (String) v.get(6);
		String snippet = "";
		for (int i = 13; i < 17 && snippet.isEmpty(); i++) {
			List<String> fragments = (List<String>) v.get(i);
			if (fragments != null && !fragments.isEmpty()) {
				snippet = String.join(" … ", fragments);
			}
		}
		if (snippet.isEmpty()) {
			snippet = v.get(12) == null ? "" : (String) v.get(12);
		}
		return new IndexHit(key, (String) v.get(0), (String) v.get(1), titles(v.subList(2, 6)), language,
				(String) v.get(7), (List<String>) v.get(8), (LocalDate) v.get(9), (String) v.get(10),
				(Integer) v.get(11), snippet);
	}

	private static Map<String, String> titles(List<?> v) {
		Map<String, String> titles = new LinkedHashMap<>();
		for (int i = 0; i < SearchAnalysis.LANGUAGES.size(); i++) {
			if (v.get(i) != null) {
				titles.put(SearchAnalysis.LANGUAGES.get(i), (String) v.get(i));
			}
		}
		return titles;
	}
}

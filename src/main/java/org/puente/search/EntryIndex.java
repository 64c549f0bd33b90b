package org.puente.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.vectorhighlight.FastVectorHighlighter;
import org.apache.lucene.search.vectorhighlight.FieldQuery;
import org.apache.lucene.search.vectorhighlight.FragListBuilder;
import org.apache.lucene.search.vectorhighlight.FragmentsBuilder;
import org.apache.lucene.search.vectorhighlight.ScoreOrderFragmentsBuilder;
import org.apache.lucene.search.vectorhighlight.SimpleFragListBuilder;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.scope.LuceneIndexScope;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs searches on the Lucene index that Hibernate Search keeps of the {@link IndexedEntry search entries}, reading
 * it directly (the fields are those {@link IndexedEntry} maps): the typed query in each language's fields (titles
 * weigh three times the text), the glossary's equivalents with half the weight, only what the reader may see, the
 * active filters; then, in one pass, the best {@link SearchQuery#COUNT_BOUND} matches (ranking may skip what cannot
 * enter them, so the count is exact only up to that bound), the facets of those (all matches when there are fewer,
 * so counts are then exact and add up to the total) read from doc values, and one page of hits with their stored
 * values and a snippet of their own language's text. A search that runs longer than the time limit keeps what it
 * found by then and says so ({@link Found#truncated()}).
 * <p>
 * Why not Hibernate Search's query DSL: it cannot count facets over the best matches in the pass that ranks them,
 * nor highlight only one field per hit, and those three passes took 5–8 times what plain Lucene takes (see
 * docs/search.md). What is written to the index, how nodes follow each other and the way to OpenSearch stay
 * Hibernate Search's.
 */
@Component
class EntryIndex {

	private static final int FLAGS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.OR_OPERATOR
			| SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
			| SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.ESCAPE_OPERATOR
			| SimpleQueryParser.WHITESPACE_OPERATOR;

	/** Each language's fields read with its query analyzer, built once: analyzers reuse their token streams. */
	private static final Analyzer QUERY_ANALYZER;

	private static final Map<String, QueryBuilder> PHRASES = new HashMap<>();

	/** Each language's analyzer, to find in a stored text the words the query matched (same words and offsets). */
	private static final Map<String, Analyzer> INDEX_ANALYZERS = new HashMap<>();

	static {
		Map<String, Analyzer> fields = new HashMap<>();
		for (String language : SearchAnalysis.LANGUAGES) {
			Analyzer analyzer = SearchAnalysis.language(language, false);
			fields.put("title_" + language, analyzer);
			fields.put("text_" + language, analyzer);
			PHRASES.put(language, new QueryBuilder(analyzer));
			INDEX_ANALYZERS.put(language, analyzer);
		}
		QUERY_ANALYZER = new PerFieldAnalyzerWrapper(SearchAnalysis.KEYS, fields);
	}

	/** What a hit shows, read from its stored fields (with the texts when it needs a snippet). */
	private static final Set<String> SHOWN = Set.of("type", "sourceId", "title_es", "title_en", "title_pt",
			"title_fr", "language", "kind", "process", "date", "url", "version", "excerpt");

	private static final Set<String> SHOWN_AND_TEXTS = java.util.stream.Stream.concat(SHOWN.stream(),
			SearchAnalysis.LANGUAGES.stream().map(l -> "text_" + l)).collect(java.util.stream.Collectors.toSet());

	private static final Set<String> TITLES = Set.of("title_es", "title_en", "title_pt", "title_fr");

	private static final String[] MARK_OPEN = { "<mark>" };

	private static final String[] MARK_CLOSE = { "</mark>" };

	private static final FragListBuilder FRAGMENTS = new SimpleFragListBuilder();

	private static final FragmentsBuilder BEST_FIRST = new ScoreOrderFragmentsBuilder();

	/** Escapes the text around the marks; accented letters stay letters. */
	private static final org.apache.lucene.search.highlight.Encoder HTML = Snippets::escape;

	private static final int FACET_VALUES = 100;

	/** How many of the best matches get the bonus of their words near each other: the first ten pages. */
	private static final int RESCORED = 10 * SearchQuery.PAGE_SIZE;

	private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory
		.getThreadMXBean();

	private final EntityManagerFactory entityManagers;

	private final long timeLimitNanos;

	private volatile @Nullable LuceneIndexScope scope;

	EntryIndex(EntityManagerFactory entityManagers,
			@Value("${puente.search.time-limit:50ms}") Duration timeLimit) {
		this.entityManagers = entityManagers;
		this.timeLimitNanos = timeLimit.toNanos();
	}

	/** What the reader may see of one source: its type and the audiences open to them. */
	record Visible(String type, Set<String> audiences) {
	}

	record Request(ParsedQuery query, List<ParsedQuery> equivalents, List<Visible> visible,
			Map<SearchFacet, Set<String>> filters, Set<SearchFacet> facets, int offset, int limit, boolean snippets) {
	}

	/**
	 * What matched: how many ({@code exact} up to the bound), one page of hits, the facets' counts; {@code truncated}
	 * when the time limit cut the search short (then the total and facets count what was found by then).
	 */
	record Found(long total, boolean exact, List<IndexHit> hits, Map<SearchFacet, Map<String, Long>> facets,
			boolean truncated) {
	}

	record IndexHit(String key, String type, String sourceId, Map<String, String> titles, @Nullable String language,
			@Nullable String kind, List<String> processes, @Nullable LocalDate date, String url,
			@Nullable Integer version, String snippet) {
	}

	Found search(Request request) {
		if (request.visible().isEmpty()) {
			return new Found(0, true, List.of(), Map.of(), false);
		}
		Query text = text(request);
		try (IndexReader reader = scope().openIndexReader()) {
			IndexSearcher searcher = new IndexSearcher(reader);
			if (timeLimitNanos > 0) {
				searcher.setTimeout(deadline());
			}
			TopDocs best = searcher.search(filtered(text, request),
					new TopScoreDocCollectorManager(SearchQuery.COUNT_BOUND, SearchQuery.COUNT_BOUND));
			boolean truncated = searcher.timedOut();
			ScoreDoc[] ranked = rescored(searcher, best.scoreDocs, request);
			int from = Math.min(request.offset(), ranked.length);
			int to = Math.min(request.offset() + request.limit(), ranked.length);
			boolean exact = !truncated && best.totalHits.relation == TotalHits.Relation.EQUAL_TO;
			return new Found(truncated ? ranked.length : best.totalHits.value, exact,
					page(reader, text, Arrays.copyOfRange(ranked, from, to), request.snippets()),
					facets(reader, ranked, request.facets()), truncated);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A deadline on the processor time this thread spends searching, not on the clock: on a machine busy with
	 * other work an ordinary search is slowed down, not cut short; a search that needs more work than the limit
	 * (millions of positions to compare) is.
	 */
	private QueryTimeout deadline() {
		if (THREADS.isCurrentThreadCpuTimeSupported()) {
			long deadline = THREADS.getCurrentThreadCpuTime() + timeLimitNanos;
			return () -> THREADS.getCurrentThreadCpuTime() - deadline > 0;
		}
		long deadline = System.nanoTime() + timeLimitNanos;
		return () -> System.nanoTime() - deadline > 0;
	}

	/**
	 * The best matches with the bonus of their words near each other added. Comparing positions is the costly part
	 * of ranking, so it is done for the best {@link #RESCORED} matches only, as OpenSearch's rescoring does.
	 */
	private static ScoreDoc[] rescored(IndexSearcher searcher, ScoreDoc[] best, Request request) throws IOException {
		BooleanQuery.Builder near = new BooleanQuery.Builder();
		// the same weights as the words themselves: the typed query counts twice, its equivalents once
		addNear(near, request.query(), 2f);
		for (ParsedQuery equivalent : request.equivalents()) {
			addNear(near, equivalent, 1f);
		}
		BooleanQuery bonus = near.build();
		if (bonus.clauses().isEmpty() || best.length == 0) {
			return best;
		}
		Weight weight = searcher.createWeight(searcher.rewrite(bonus), ScoreMode.COMPLETE, 1f);
		ScoreDoc[] rescored = new ScoreDoc[Math.min(best.length, RESCORED)];
		for (int i = 0; i < rescored.length; i++) {
			rescored[i] = new ScoreDoc(best[i].doc, best[i].score);
		}
		Arrays.sort(rescored, Comparator.comparingInt(d -> d.doc));
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		LeafReaderContext leaf = null;
		Scorer scorer = null;
		TwoPhaseIterator positions = null;
		DocIdSetIterator candidates = null;
		for (ScoreDoc hit : rescored) {
			if (leaf == null || hit.doc >= leaf.docBase + leaf.reader().maxDoc()) {
				leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
				scorer = weight.scorer(leaf);
				positions = scorer == null ? null : scorer.twoPhaseIterator();
				candidates = scorer == null ? null
						: positions == null ? scorer.iterator() : positions.approximation();
			}
			if (scorer == null) {
				continue;
			}
			int target = hit.doc - leaf.docBase;
			// positions are compared for this document only, never for the ones between two candidates
			if (candidates.docID() < target) {
				candidates.advance(target);
			}
			if (candidates.docID() == target && (positions == null || positions.matches())) {
				hit.score += scorer.score();
			}
		}
		Arrays.sort(rescored, Comparator.comparingDouble((ScoreDoc d) -> d.score).reversed()
			.thenComparingInt(d -> d.doc));
		if (rescored.length == best.length) {
			return rescored;
		}
		// the rest after them, in their order: a bonus only raises a score, so none of them outranks a rescored one
		ScoreDoc[] all = Arrays.copyOf(rescored, best.length);
		System.arraycopy(best, rescored.length, all, rescored.length, best.length - rescored.length);
		return all;
	}

	private List<IndexHit> page(IndexReader reader, Query text, ScoreDoc[] docs, boolean snippets)
			throws IOException {
		if (docs.length == 0) {
			return List.of();
		}
		Map<String, Set<String>> terms = snippets ? termsByField(text) : Map.of();
		Marker marker = new Marker(reader, text);
		StoredFields stored = reader.storedFields();
		List<IndexHit> hits = new ArrayList<>(docs.length);
		for (ScoreDoc doc : docs) {
			DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(snippets ? SHOWN_AND_TEXTS : SHOWN);
			stored.document(doc.doc, visitor);
			Document values = visitor.getDocument();
			String snippet = snippets ? snippet(values, doc.doc, terms, marker) : null;
			hits.add(hit(values, snippet != null ? snippet
					: java.util.Objects.requireNonNullElse(values.get("excerpt"), "")));
		}
		return hits;
	}

	/** The words of the query, field by field, as the index holds them (excluded words left out). */
	private static Map<String, Set<String>> termsByField(Query text) {
		Set<Term> terms = new java.util.HashSet<>();
		text.visit(QueryVisitor.termCollector(terms));
		Map<String, Set<String>> byField = new HashMap<>();
		for (Term term : terms) {
			byField.computeIfAbsent(term.field(), f -> new java.util.HashSet<>()).add(term.text());
		}
		return byField;
	}

	/**
	 * The passage of the hit's own language's text with the matched words marked, else of another language's:
	 * the stored text read again with its analyzer, or, for a long text whose start has none of the words, the
	 * fast-vector highlighter over its term vectors.
	 */
	private static @Nullable String snippet(Document values, int doc, Map<String, Set<String>> terms, Marker marker)
			throws IOException {
		List<String> languages = new ArrayList<>(SearchAnalysis.LANGUAGES);
		String own = values.get("language");
		if (own != null && languages.remove(own)) {
			languages.add(0, own);
		}
		for (String language : languages) {
			String field = "text_" + language;
			String text = values.get(field);
			if (text == null) {
				continue;
			}
			String snippet = Snippets.marked(text, INDEX_ANALYZERS.get(language), terms.getOrDefault(field, Set.of()));
			if (snippet == null && text.length() > Snippets.SCANNED) {
				snippet = marker.fragment(doc, field);
			}
			if (snippet != null) {
				return snippet;
			}
		}
		return null;
	}

	/** The fast-vector highlighter for this query, made only when a long text needs it. */
	private static final class Marker {

		private final IndexReader reader;

		private final Query text;

		private @Nullable FastVectorHighlighter highlighter;

		private @Nullable FieldQuery marked;

		Marker(IndexReader reader, Query text) {
			this.reader = reader;
			this.text = text;
		}

		@Nullable String fragment(int doc, String field) throws IOException {
			if (highlighter == null) {
				highlighter = new FastVectorHighlighter(true, true);
				marked = highlighter.getFieldQuery(text, reader);
			}
			String[] fragments = highlighter.getBestFragments(marked, reader, doc, field, Snippets.LENGTH, 1,
					FRAGMENTS, BEST_FIRST, MARK_OPEN, MARK_CLOSE, HTML);
			return fragments != null && fragments.length > 0 && !fragments[0].isEmpty() ? fragments[0] : null;
		}
	}

	/**
	 * The values of each facet among the best matches, most frequent first, counted by ordinal in each segment's
	 * doc values.
	 */
	private static Map<SearchFacet, Map<String, Long>> facets(IndexReader reader, ScoreDoc[] ranked,
			Set<SearchFacet> facets) throws IOException {
		if (ranked.length == 0 || facets.isEmpty()) {
			return Map.of();
		}
		int[] docs = new int[ranked.length];
		for (int i = 0; i < ranked.length; i++) {
			docs[i] = ranked[i].doc;
		}
		Arrays.sort(docs);
		List<LeafReaderContext> leaves = reader.leaves();
		Map<SearchFacet, Map<String, Long>> counted = new EnumMap<>(SearchFacet.class);
		for (SearchFacet facet : facets) {
			Map<String, Long> counts = new HashMap<>();
			int i = 0;
			while (i < docs.length) {
				LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
				int end = leaf.docBase + leaf.reader().maxDoc();
				SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), facet.field());
				long[] byOrdinal = new long[(int) Math.min(values.getValueCount(), Integer.MAX_VALUE - 8)];
				for (; i < docs.length && docs[i] < end; i++) {
					if (values.advanceExact(docs[i] - leaf.docBase)) {
						for (int n = 0; n < values.docValueCount(); n++) {
							byOrdinal[(int) values.nextOrd()]++;
						}
					}
				}
				for (int ordinal = 0; ordinal < byOrdinal.length; ordinal++) {
					if (byOrdinal[ordinal] > 0) {
						counts.merge(values.lookupOrd(ordinal).utf8ToString(), byOrdinal[ordinal], Long::sum);
					}
				}
			}
			Map<String, Long> mostFirst = new LinkedHashMap<>();
			counts.entrySet().stream()
				.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.limit(FACET_VALUES)
				.forEach(e -> mostFirst.put(e.getKey(), e.getValue()));
			counted.put(facet, mostFirst);
		}
		return counted;
	}

	/** The words typed (twice the weight) or any of the glossary's equivalents. */
	private static Query text(Request request) {
		BooleanQuery.Builder text = new BooleanQuery.Builder();
		text.add(new BoostQuery(typed(request.query()), 2f), Occur.SHOULD);
		for (ParsedQuery equivalent : request.equivalents()) {
			text.add(typed(equivalent), Occur.SHOULD);
		}
		return text.build();
	}

	/** The text, among what the reader may see and what the active filters keep. */
	private static Query filtered(Query text, Request request) {
		BooleanQuery.Builder all = new BooleanQuery.Builder().add(text, Occur.MUST)
			.add(visibleTo(request.visible()), Occur.FILTER);
		request.filters().forEach((facet, values) -> all.add(anyOf(facet.field(), values), Occur.FILTER));
		return all.build();
	}

	/** Entries of the given types whose audience the reader belongs to. */
	private static Query visibleTo(List<Visible> visible) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		for (Visible source : visible) {
			any.add(new BooleanQuery.Builder().add(new TermQuery(new Term("type", source.type())), Occur.FILTER)
				.add(anyOf("audience", source.audiences()), Occur.FILTER)
				.build(), Occur.SHOULD);
		}
		return any.build();
	}

	private static Query anyOf(String field, java.util.Collection<String> values) {
		return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
	}

	/** The query in every language's fields: an English document matches when its English words all do. */
	private static Query typed(ParsedQuery query) {
		BooleanQuery.Builder languages = new BooleanQuery.Builder();
		String text = query.simpleQueryString();
		for (String language : SearchAnalysis.LANGUAGES) {
			SimpleQueryParser parser = new SimpleQueryParser(QUERY_ANALYZER,
					Map.of("title_" + language, 3f, "text_" + language, 1f), FLAGS);
			parser.setDefaultOperator(Occur.MUST);
			languages.add(parser.parse(text), Occur.SHOULD);
		}
		return languages.build();
	}

	/**
	 * A bonus for a document that has the words of an alternative next to each other (within two words), twice
	 * their weight: that is what someone typing "trata de personas" means.
	 */
	private static void addNear(BooleanQuery.Builder bonus, ParsedQuery query, float weight) {
		for (String language : SearchAnalysis.LANGUAGES) {
			for (List<ParsedQuery.Term> alternative : query.alternatives()) {
				List<String> words = alternative.stream().filter(t -> !t.excluded() && !t.phrase())
					.map(ParsedQuery.Term::text).toList();
				if (words.size() > 1) {
					Query near = near(language, String.join(" ", words));
					if (near != null) {
						bonus.add(new BoostQuery(near, 2f * weight), Occur.SHOULD);
					}
				}
			}
		}
	}

	/** The words within two of each other, in the title (three times the weight) or the text. */
	private static @Nullable Query near(String language, String words) {
		QueryBuilder builder = PHRASES.get(language);
		Query title = builder.createPhraseQuery("title_" + language, words, 2);
		Query text = builder.createPhraseQuery("text_" + language, words, 2);
		if (title == null || text == null) {
			return null;
		}
		return new BooleanQuery.Builder().add(new BoostQuery(title, 3f), Occur.SHOULD).add(text, Occur.SHOULD).build();
	}

	/** The visible entries whose names are among these folded phrases, with their titles by language. */
	List<Map<String, String>> named(List<String> phrases, List<Visible> visible) {
		if (phrases.isEmpty() || visible.isEmpty()) {
			return List.of();
		}
		Query query = new BooleanQuery.Builder().add(anyOf("names", phrases), Occur.FILTER)
			.add(visibleTo(visible), Occur.FILTER)
			.build();
		try (IndexReader reader = scope().openIndexReader()) {
			IndexSearcher searcher = new IndexSearcher(reader);
			StoredFields stored = reader.storedFields();
			List<Map<String, String>> named = new ArrayList<>();
			for (ScoreDoc doc : searcher.search(query, 20).scoreDocs) {
				DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(TITLES);
				stored.document(doc.doc, visitor);
				named.add(titles(visitor.getDocument()));
			}
			return named;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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

	/** Hibernate Search's index of the entries, whose readers it keeps current (near real time). */
	private LuceneIndexScope scope() {
		LuceneIndexScope known = scope;
		if (known == null) {
			known = Search.mapping(entityManagers).scope(IndexedEntry.class).extension(LuceneExtension.get());
			scope = known;
		}
		return known;
	}

	private static IndexHit hit(Document v, String snippet) {
		String type = v.get("type");
		String sourceId = v.get("sourceId");
		IndexableField version = v.getField("version");
		String date = v.get("date");
		return new IndexHit(SearchEntry.key(type, sourceId), type, sourceId, titles(v), v.get("language"),
				v.get("kind"), List.of(v.getValues("process")), date == null ? null : LocalDate.parse(date),
				v.get("url"), version == null ? null : version.numericValue().intValue(), snippet);
	}

	private static Map<String, String> titles(Document v) {
		Map<String, String> titles = new LinkedHashMap<>();
		for (String language : SearchAnalysis.LANGUAGES) {
			String title = v.get("title_" + language);
			if (title != null) {
				titles.put(language, title);
			}
		}
		return titles;
	}
}

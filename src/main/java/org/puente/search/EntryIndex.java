package org.puente.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
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
 * found by then and says so ({@link Found#truncated()}). The queries are built by {@link IndexQueries}, the
 * ranking bonus and facets worked out by {@link BestMatches}, the hits read by {@link IndexHits}.
 * <p>
 * Why not Hibernate Search's query DSL: it cannot count facets over the best matches in the pass that ranks them,
 * nor highlight only one field per hit, and those three passes took 5–8 times what plain Lucene takes (see
 * docs/search.md). What is written to the index, how nodes follow each other and the way to OpenSearch stay
 * Hibernate Search's.
 */
@Component
class EntryIndex {

	private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory
		.getThreadMXBean();

	/** How many of the spell checker's candidates are weighed (closer ones may be held only by entries the reader may not see). */
	private static final int CANDIDATES = 10;

	private final EntityManagerFactory entityManagers;

	private final long timeLimitNanos;

	private volatile @Nullable LuceneIndexScope scope;

	private volatile @Nullable Read thesaurus;

	/** Off only to measure what the glossary's equivalents add (the query set's before and after). */
	private volatile boolean equivalents = true;

	EntryIndex(EntityManagerFactory entityManagers,
			@Value("${puente.search.time-limit:50ms}") Duration timeLimit) {
		this.entityManagers = entityManagers;
		this.timeLimitNanos = timeLimit.toNanos();
	}

	/** What the reader may see of one source: its type and the audiences open to them. */
	record Visible(String type, Set<String> audiences) {
	}

	record Request(ParsedQuery query, List<ParsedQuery> equivalents, List<Visible> visible,
			Map<SearchFacet, Set<String>> filters, Set<SearchFacet> facets, int offset, int limit, boolean snippets,
			@Nullable String readerLanguage) {
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
			@Nullable Integer version, String snippet, @Nullable String snippetLanguage) {
	}

	Found search(Request request) {
		if (request.visible().isEmpty()) {
			return new Found(0, true, List.of(), Map.of(), false);
		}
		try (IndexReader reader = scope().openIndexReader()) {
			Query text = IndexQueries.text(request, thesaurus(reader));
			IndexSearcher searcher = new IndexSearcher(reader);
			if (timeLimitNanos > 0) {
				searcher.setTimeout(deadline());
			}
			TopDocs best = searcher.search(IndexQueries.filtered(text, request),
					new TopScoreDocCollectorManager(SearchQuery.COUNT_BOUND, SearchQuery.COUNT_BOUND));
			boolean truncated = searcher.timedOut();
			ScoreDoc[] ranked = BestMatches.rescored(searcher, best.scoreDocs, request);
			int from = Math.min(request.offset(), ranked.length);
			int to = Math.min(request.offset() + request.limit(), ranked.length);
			boolean exact = !truncated && best.totalHits.relation == TotalHits.Relation.EQUAL_TO;
			return new Found(truncated ? ranked.length : best.totalHits.value, exact,
					IndexHits.page(reader, text, Arrays.copyOfRange(ranked, from, to), request.snippets()),
					BestMatches.facets(reader, ranked, request.facets()), truncated);
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
	 * For each of these folded phrases that is a visible entry's name, those entries' titles by language: which phrase
	 * named which entry, so that the caller can read the query's words as the thesaurus's graph does (longest first).
	 */
	Map<String, List<Map<String, String>>> named(java.util.Collection<String> phrases, List<Visible> visible) {
		Map<String, List<Map<String, String>>> named = new java.util.LinkedHashMap<>();
		if (phrases.isEmpty() || visible.isEmpty()) {
			return named;
		}
		try (IndexReader reader = scope().openIndexReader()) {
			IndexSearcher searcher = new IndexSearcher(reader);
			StoredFields stored = reader.storedFields();
			Query seen = IndexQueries.visibleTo(visible);
			for (String phrase : phrases) {
				Term name = new Term("names", phrase);
				if (reader.docFreq(name) == 0) {
					continue; // most stretches of a query name nothing: no search for them
				}
				Query query = new BooleanQuery.Builder().add(new TermQuery(name), Occur.FILTER).add(seen, Occur.FILTER)
					.build();
				List<Map<String, String>> entries = new ArrayList<>();
				for (ScoreDoc doc : searcher.search(query, 20).scoreDocs) {
					entries.add(IndexHits.titles(stored, doc.doc));
				}
				if (!entries.isEmpty()) {
					named.put(phrase, entries);
				}
			}
			return named;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether an entry the reader may see has this (folded, unstemmed) word. */
	boolean knows(String word, List<Visible> visible) {
		try (IndexReader reader = scope().openIndexReader()) {
			return reader.docFreq(new Term(SearchAnalysis.WORDS, word)) > 0
					&& holding(new IndexSearcher(reader), word, visible) > 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The closest word that entries the reader may see have to a (folded) word they do not have, within two edits.
	 * The spell checker draws its candidates from every entry's words; each is kept only if a visible entry holds
	 * it, and of equally close ones the one more visible entries hold wins. Offering a word that only a reserved
	 * entry holds would tell the reader it is there — and the corrected search may still find visible results when
	 * its stem meets another word's (search12: "Canoaz" → "canoas", of a reserved document, whose Spanish stem
	 * "can" is that of "Canadá" in public minutes).
	 */
	Optional<String> closest(String word, List<Visible> visible) {
		if (visible.isEmpty()) {
			return Optional.empty();
		}
		DirectSpellChecker checker = new DirectSpellChecker();
		checker.setMinPrefix(0);
		// how often the word itself occurs counts entries this reader may not see: it must not silence the checker
		checker.setMaxQueryFrequency(Integer.MAX_VALUE);
		try (IndexReader reader = scope().openIndexReader()) {
			IndexSearcher searcher = new IndexSearcher(reader);
			String best = null;
			float bestScore = 0;
			int bestHolding = 0;
			for (SuggestWord found : checker.suggestSimilar(new Term(SearchAnalysis.WORDS, word), CANDIDATES, reader,
					SuggestMode.SUGGEST_ALWAYS)) {
				if (best != null && found.score < bestScore) {
					break;
				}
				int holding = holding(searcher, found.string, visible);
				if (holding > bestHolding) {
					best = found.string;
					bestScore = found.score;
					bestHolding = holding;
				}
			}
			return Optional.ofNullable(best);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** How many entries the reader may see hold this word. */
	private static int holding(IndexSearcher searcher, String word, List<Visible> visible) throws IOException {
		if (visible.isEmpty()) {
			return 0;
		}
		return searcher.count(new BooleanQuery.Builder()
			.add(new TermQuery(new Term(SearchAnalysis.WORDS, word)), Occur.FILTER)
			.add(IndexQueries.visibleTo(visible), Occur.FILTER)
			.build());
	}

	void useEquivalents(boolean use) {
		equivalents = use;
	}

	/** The glossary's equivalents as this reader has them: read again only when its segments changed. */
	Thesaurus thesaurus(IndexReader reader) {
		if (!equivalents) {
			return Thesaurus.EMPTY;
		}
		List<Object> segments = new ArrayList<>();
		for (LeafReaderContext leaf : reader.leaves()) {
			IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
			if (helper == null) {
				return Thesaurus.of(Thesaurus.groups(reader));
			}
			segments.add(helper.getKey());
		}
		Read known = thesaurus;
		if (known != null && known.segments().equals(segments)) {
			return known.thesaurus();
		}
		// a document changed: the names are read again (cheap), the synonym maps built again only if they changed
		Set<Set<String>> groups = Thesaurus.groups(reader);
		Thesaurus read = known != null && known.groups().equals(groups) ? known.thesaurus() : Thesaurus.of(groups);
		thesaurus = new Read(segments, groups, read);
		return read;
	}

	private record Read(List<Object> segments, Set<Set<String>> groups, Thesaurus thesaurus) {
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
}

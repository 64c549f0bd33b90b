package org.puente.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * What is worked out over the best matches once they are found: the bonus of their words near each other, and the
 * facets' counts.
 */
final class BestMatches {

	private static final int FACET_VALUES = 100;

	/** How many of the best matches get the bonus of their words near each other: the first ten pages. */
	private static final int RESCORED = 10 * SearchQuery.PAGE_SIZE;

	private BestMatches() {
	}

	/**
	 * The best matches with the bonus of their words near each other added. Comparing positions is the costly part
	 * of ranking, so it is done for the best {@link #RESCORED} matches only, as OpenSearch's rescoring does.
	 */
	static ScoreDoc[] rescored(IndexSearcher searcher, ScoreDoc[] best, EntryIndex.Request request) throws IOException {
		BooleanQuery.Builder near = new BooleanQuery.Builder();
		// the same weights as the words themselves: the typed query counts twice, its equivalents once
		IndexQueries.addNear(near, request.query(), 2f);
		for (ParsedQuery equivalent : request.equivalents()) {
			IndexQueries.addNear(near, equivalent, 1f);
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

	/**
	 * The values of each facet among the best matches, most frequent first, counted by ordinal in each segment's
	 * doc values.
	 */
	static Map<SearchFacet, Map<String, Long>> facets(IndexReader reader, ScoreDoc[] ranked,
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
}

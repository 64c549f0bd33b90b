package org.puente.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.puente.PuenteApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Whether the synonym graph's clauses could be scored constantly instead of by BM25, which skips their terms'
 * statistics (mail13): on the demo data and the query set, both forms alternating on one index reader, it prints the
 * Lucene search time of each and the queries whose top 20 or total differ. Not adopted: the order of the top 20
 * changed for 6 of the 64 queries (bench/search/README.md). A main like {@link QueryPreparationTiming}, run after
 * {@code mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt} with {@code java
 * -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" org.puente.search.GraphFormTiming 20}.
 */
final class GraphFormTiming {

	public static void main(String[] args) throws Exception {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PuenteApplication.class)
			.profiles("test")
			.run("--puente.db.data-dir=target/timing-data", "--server.port=0", "--puente.scheduler.enabled=false")) {
			EntryIndex index = context.getBean(EntryIndex.class);
			var sources = List.copyOf(context.getBeansOfType(SearchSource.class).values());
			var scope = Search.mapping(context.getBean(EntityManagerFactory.class)).scope(IndexedEntry.class)
				.extension(LuceneExtension.get());
			List<QuerySet.Query> queries = QuerySet.read().queries;
			List<EntryIndex.Visible> visible = sources.stream()
				.map(source -> new EntryIndex.Visible(source.type(), source.audiences(Optional.empty())))
				.filter(v -> !v.audiences().isEmpty())
				.toList();
			List<Long> bm25 = new ArrayList<>();
			List<Long> constant = new ArrayList<>();
			int same = 0;
			int sameSet = 0;
			int widenedQueries = 0;
			try (IndexReader reader = scope.openIndexReader()) {
				IndexSearcher searcher = new IndexSearcher(reader);
				for (int round = 0; round < rounds + 5; round++) {
					for (QuerySet.Query query : queries) {
						EntryIndex.Request request = new EntryIndex.Request(SearchQueryParser.parse(query.text()),
								List.of(), visible, Map.of(), Set.of(), 0, 20, true, query.language());
						Query text = IndexQueries.text(request, index.thesaurus(reader));
						Query a = IndexQueries.filtered(text, request);
						Query cheaper = constantGraph(text);
						Query b = IndexQueries.filtered(cheaper, request);
						boolean firstA = round % 2 == 0;
						long[] took = new long[2];
						TopDocs[] tops = new TopDocs[2];
						for (int k = 0; k < 2; k++) {
							boolean isA = (k == 0) == firstA;
							long start = System.nanoTime();
							TopDocs top = searcher.search(isA ? a : b,
									new TopScoreDocCollectorManager(SearchQuery.COUNT_BOUND, SearchQuery.COUNT_BOUND));
							took[isA ? 0 : 1] = System.nanoTime() - start;
							tops[isA ? 0 : 1] = top;
						}
						if (round >= 5) {
							bm25.add(took[0]);
							constant.add(took[1]);
						}
						if (round == 5) {
							boolean widened = cheaper != text;
							widenedQueries += widened ? 1 : 0;
							List<Integer> ia = ids(tops[0], 20);
							List<Integer> ib = ids(tops[1], 20);
							boolean sameOrder = ia.equals(ib) && tops[0].totalHits.value == tops[1].totalHits.value;
							same += sameOrder ? 1 : 0;
							boolean setSame = Set.copyOf(ia).equals(Set.copyOf(ib));
							sameSet += setSame ? 1 : 0;
							if (!sameOrder) {
								System.out.println("DIFF " + query.language() + " " + query.text() + ": totals "
										+ tops[0].totalHits.value + "/" + tops[1].totalHits.value + ", same set of 20: "
										+ setSame + ", first differing rank " + firstDiff(ia, ib));
							}
						}
					}
				}
			}
			System.out.println("TIMING graph BM25 (main):    " + QueryPreparationTiming.summary(bm25));
			System.out.println("TIMING graph constant score: " + QueryPreparationTiming.summary(constant));
			System.out.println("RESULTS " + queries.size() + " queries, " + widenedQueries + " widened; same top 20 in "
					+ "order and same total: " + same + "; same set of 20: " + sameSet);
		}
	}

	private static int firstDiff(List<Integer> a, List<Integer> b) {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			if (!a.get(i).equals(b.get(i))) {
				return i + 1;
			}
		}
		return a.size() == b.size() ? 0 : Math.min(a.size(), b.size()) + 1;
	}

	private static List<Integer> ids(TopDocs top, int n) {
		return Arrays.stream(top.scoreDocs).limit(n).map(d -> d.doc).toList();
	}

	/** The text query with its widened clause (the second, when there is one) scored constantly per field. */
	static Query constantGraph(Query text) {
		if (!(text instanceof BooleanQuery bq) || bq.clauses().size() < 2) {
			return text;
		}
		BooleanQuery.Builder out = new BooleanQuery.Builder();
		List<BooleanClause> clauses = bq.clauses();
		for (int i = 0; i < clauses.size(); i++) {
			Query q = clauses.get(i).getQuery();
			out.add(i == 1 && q instanceof BooleanQuery alternatives ? constantAlternatives(alternatives) : q,
					clauses.get(i).getOccur());
		}
		return out.build();
	}

	private static Query constantAlternatives(BooleanQuery alternatives) {
		BooleanQuery.Builder out = new BooleanQuery.Builder();
		for (BooleanClause alternative : alternatives.clauses()) {
			BooleanQuery.Builder fields = new BooleanQuery.Builder();
			for (BooleanClause field : ((BooleanQuery) alternative.getQuery()).clauses()) {
				Query q = field.getQuery();
				fields.add(q instanceof BoostQuery boost ? new BoostQuery(new ConstantScoreQuery(boost.getQuery()),
						boost.getBoost()) : new ConstantScoreQuery(q), field.getOccur());
			}
			out.add(fields.build(), alternative.getOccur());
		}
		return out.build();
	}
}

package org.puente.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The baseline: a plain Lucene index of the same documents, as a developer would write it in an afternoon — each
 * language's stock analyzer on the title and the text, BM25, the query parsed by Lucene's simple query parser
 * (all words required) in each language, only public documents, the top 20 and the same seven facet counts through
 * Lucene's own faceting. No snippets, no spelling correction, no hyphen or accent handling beyond the analyzers'.
 */
final class PlainLucene implements AutoCloseable {

	private static final List<String> LANGUAGES = List.of("es", "en", "pt", "fr");

	private static final List<String> FACETS = List.of("type", "kind", "process", "session", "objective", "year",
			"languages");

	private final FacetsConfig config = new FacetsConfig();

	private final Analyzer analyzer;

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	private final DefaultSortedSetDocValuesReaderState facets;

	PlainLucene(Path folder, JdbcTemplate jdbc) throws IOException {
		FACETS.forEach(f -> config.setMultiValued(f, true));
		analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of("title_es", new SpanishAnalyzer(),
				"text_es", new SpanishAnalyzer(), "title_en", new EnglishAnalyzer(), "text_en", new EnglishAnalyzer(),
				"title_pt", new PortugueseAnalyzer(), "text_pt", new PortugueseAnalyzer(), "title_fr",
				new FrenchAnalyzer(), "text_fr", new FrenchAnalyzer()));
		FSDirectory directory = FSDirectory.open(folder);
		if (!Files.exists(folder.resolve("done"))) {
			build(directory, jdbc);
			Files.createFile(folder.resolve("done"));
		}
		reader = DirectoryReader.open(directory);
		searcher = new IndexSearcher(reader);
		facets = new DefaultSortedSetDocValuesReaderState(reader, config);
	}

	private void build(FSDirectory directory, JdbcTemplate jdbc) throws IOException {
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
			.setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(128))) {
			jdbc.query("""
					select id, type, audience, kind, processes, sessions, objectives, languages, entry_date,
					  title_es, title_en, title_pt, title_fr, text_es, text_en, text_pt, text_fr
					from search_entry where not deleted""", rs -> {
				Document doc = new Document();
				doc.add(new StringField("id", rs.getString("id"), Field.Store.YES));
				doc.add(new StringField("audience", rs.getString("audience"), Field.Store.NO));
				for (String lang : LANGUAGES) {
					for (String field : List.of("title_", "text_")) {
						String value = rs.getString(field + lang);
						if (value != null) {
							doc.add(new TextField(field + lang, value, Field.Store.NO));
						}
					}
				}
				doc.add(new SortedSetDocValuesFacetField("type", rs.getString("type")));
				if (rs.getString("kind") != null) {
					doc.add(new SortedSetDocValuesFacetField("kind", rs.getString("kind")));
				}
				for (String[] array : List.of(new String[] { "process", "processes" }, new String[] { "session",
						"sessions" }, new String[] { "objective", "objectives" },
						new String[] { "languages", "languages" })) {
					for (String v : (String[]) rs.getArray(array[1]).getArray()) {
						doc.add(new SortedSetDocValuesFacetField(array[0], v));
					}
				}
				if (rs.getDate("entry_date") != null) {
					doc.add(new SortedSetDocValuesFacetField("year",
							String.valueOf(rs.getDate("entry_date").toLocalDate().getYear())));
				}
				try {
					writer.addDocument(config.build(doc));
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
			writer.forceMerge(1);
		}
	}

	/** The ids of the best 20 public documents, after counting the seven facets over every match. */
	List<String> search(String text) throws IOException {
		BooleanQuery.Builder languages = new BooleanQuery.Builder();
		for (String lang : LANGUAGES) {
			SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of("title_" + lang, 3f, "text_" + lang, 1f));
			parser.setDefaultOperator(BooleanClause.Occur.MUST);
			languages.add(parser.parse(text), BooleanClause.Occur.SHOULD);
		}
		Query query = new BooleanQuery.Builder().add(languages.build(), BooleanClause.Occur.MUST)
			.add(new TermQuery(new Term("audience", "PUBLIC")), BooleanClause.Occur.FILTER)
			.build();
		FacetsCollector collector = new FacetsCollector();
		TopDocs top = FacetsCollector.search(searcher, query, 20, collector);
		SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(facets, collector);
		for (String facet : FACETS) {
			FacetResult ignored = counts.getTopChildren(100, facet);
		}
		List<String> ids = new ArrayList<>();
		for (ScoreDoc hit : top.scoreDocs) {
			ids.add(searcher.storedFields().document(hit.doc).get("id"));
		}
		return ids;
	}

	@Override
	public void close() throws IOException {
		reader.close();
	}
}

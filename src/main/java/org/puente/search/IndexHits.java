package org.puente.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.vectorhighlight.FastVectorHighlighter;
import org.apache.lucene.search.vectorhighlight.FieldQuery;
import org.apache.lucene.search.vectorhighlight.FragListBuilder;
import org.apache.lucene.search.vectorhighlight.FragmentsBuilder;
import org.apache.lucene.search.vectorhighlight.ScoreOrderFragmentsBuilder;
import org.apache.lucene.search.vectorhighlight.SimpleFragListBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Reads one page of hits from the index: each hit's stored values and a snippet of its own language's text with the
 * matched words marked.
 */
final class IndexHits {

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

	/** Each language's analyzer, to find in a stored text the words the query matched (same words and offsets). */
	private static final Map<String, Analyzer> INDEX_ANALYZERS = new HashMap<>();

	static {
		for (String language : SearchAnalysis.LANGUAGES) {
			INDEX_ANALYZERS.put(language, SearchAnalysis.language(language, false));
		}
	}

	private IndexHits() {
	}

	static List<EntryIndex.IndexHit> page(IndexReader reader, Query text, ScoreDoc[] docs, boolean snippets)
			throws IOException {
		if (docs.length == 0) {
			return List.of();
		}
		Map<String, Set<String>> terms = snippets ? termsByField(text) : Map.of();
		Marker marker = new Marker(reader, text);
		StoredFields stored = reader.storedFields();
		List<EntryIndex.IndexHit> hits = new ArrayList<>(docs.length);
		for (ScoreDoc doc : docs) {
			DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(snippets ? SHOWN_AND_TEXTS : SHOWN);
			stored.document(doc.doc, visitor);
			Document values = visitor.getDocument();
			Snippet snippet = snippets ? snippet(values, doc.doc, terms, marker) : null;
			// the excerpt is taken from the hit's own language's text when it has one (IndexedEntry.getExcerpt)
			hits.add(snippet != null ? hit(values, snippet.text(), snippet.language())
					: hit(values, java.util.Objects.requireNonNullElse(values.get("excerpt"), ""), excerptLanguage(values)));
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
	private static @Nullable Snippet snippet(Document values, int doc, Map<String, Set<String>> terms, Marker marker)
			throws IOException {
		for (String language : IndexedEntry.ownFirst(values.get("language"))) {
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
				return new Snippet(snippet, language);
			}
		}
		return null;
	}

	/**
	 * The language of the text the stored excerpt was cut from, chosen as IndexedEntry.getExcerpt chose it: a meeting
	 * has no language of its own, and its Spanish agenda, shown under a title that matched, was read with the page's
	 * rules (walk17 #11). Without the texts (no snippets asked), the hit's own language, as before.
	 */
	private static @Nullable String excerptLanguage(Document values) {
		String own = values.get("language");
		String from = IndexedEntry.excerptLanguage(own, l -> values.get("text_" + l));
		return from != null ? from : own;
	}

	/** A passage with the matched words marked, and the language it is written in (not always the hit's own). */
	private record Snippet(String text, String language) {
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

	private static EntryIndex.IndexHit hit(Document v, String snippet, @Nullable String snippetLanguage) {
		String type = v.get("type");
		String sourceId = v.get("sourceId");
		IndexableField version = v.getField("version");
		String date = v.get("date");
		return new EntryIndex.IndexHit(SearchEntry.key(type, sourceId), type, sourceId, titles(v), v.get("language"),
				v.get("kind"), List.of(v.getValues("process")), date == null ? null : LocalDate.parse(date),
				v.get("url"), version == null ? null : version.numericValue().intValue(), snippet, snippetLanguage);
	}

	static Map<String, String> titles(Document v) {
		Map<String, String> titles = new LinkedHashMap<>();
		for (String language : SearchAnalysis.LANGUAGES) {
			String title = v.get("title_" + language);
			if (title != null) {
				titles.put(language, title);
			}
		}
		return titles;
	}

	/** The titles by language of the given document. */
	static Map<String, String> titles(StoredFields stored, int doc) throws IOException {
		DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(TITLES);
		stored.document(doc, visitor);
		return titles(visitor.getDocument());
	}
}

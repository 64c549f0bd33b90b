package org.puente.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The Lucene queries {@link EntryIndex} runs: the typed words in each language's fields (titles weigh three times
 * the text), the glossary's equivalents with half the weight, the reader's visibility and the active filters, and
 * the bonus for words near each other.
 */
final class IndexQueries {

	private static final int FLAGS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.OR_OPERATOR
			| SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
			| SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.ESCAPE_OPERATOR
			| SimpleQueryParser.WHITESPACE_OPERATOR;

	/**
	 * What being written in the reader's language adds to a score: a tenth of a point, less than one matched word
	 * in a text weighs (BM25 gives a word of the typed query, counted twice, 1 to 10), so it orders results that are
	 * equally or almost equally relevant and never lifts a weak match over a strong one.
	 */
	static final float READER_LANGUAGE = 0.1f;

	/** Each language's fields read with its query analyzer, built once: analyzers reuse their token streams. */
	private static final Analyzer QUERY_ANALYZER;

	private static final Map<String, QueryBuilder> PHRASES = new HashMap<>();

	static {
		Map<String, Analyzer> fields = new HashMap<>();
		for (String language : SearchAnalysis.LANGUAGES) {
			Analyzer analyzer = SearchAnalysis.language(language, false);
			fields.put("title_" + language, analyzer);
			fields.put("text_" + language, analyzer);
			PHRASES.put(language, new QueryBuilder(analyzer));
		}
		QUERY_ANALYZER = new PerFieldAnalyzerWrapper(SearchAnalysis.KEYS, fields);
	}

	private IndexQueries() {
	}

	/**
	 * The words typed (twice the weight) or any of the glossary's equivalents: the names of the terms the query
	 * contains, and the typed words with the thesaurus's equivalents in place of the names they hold.
	 */
	static Query text(EntryIndex.Request request, Thesaurus thesaurus) {
		BooleanQuery.Builder text = new BooleanQuery.Builder();
		Query typed = typed(request.query(), QUERY_ANALYZER);
		text.add(new BoostQuery(typed, 2f), Occur.SHOULD);
		// built once per query and glossary: reading the words through the synonym graph is most of the preparation
		Query widened = thesaurus.widened(request.query(), query -> widened(query, thesaurus));
		if (widened != null) {
			text.add(widened, Occur.SHOULD);
		}
		for (ParsedQuery equivalent : request.equivalents()) {
			text.add(typed(equivalent, QUERY_ANALYZER), Occur.SHOULD);
		}
		return text.build();
	}

	/**
	 * The text, among what the reader may see and what the active filters keep; an entry written in the reader's
	 * language gets {@link #READER_LANGUAGE} more, so that of two equally relevant results the one the reader can
	 * read comes first — a boost, not a filter: a better match in another language still ranks higher.
	 */
	static Query filtered(Query text, EntryIndex.Request request) {
		BooleanQuery.Builder all = new BooleanQuery.Builder().add(text, Occur.MUST)
			.add(visibleTo(request.visible()), Occur.FILTER);
		if (request.readerLanguage() != null) {
			all.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("language", request.readerLanguage()))),
					READER_LANGUAGE), Occur.SHOULD);
		}
		request.filters().forEach((facet, values) -> all.add(anyOf(facet.field(), values), Occur.FILTER));
		return all.build();
	}

	/** Entries of the given types whose audience the reader belongs to. */
	static Query visibleTo(List<EntryIndex.Visible> visible) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		for (EntryIndex.Visible source : visible) {
			any.add(new BooleanQuery.Builder().add(new TermQuery(new Term("type", source.type())), Occur.FILTER)
				.add(anyOf("audience", source.audiences()), Occur.FILTER)
				.build(), Occur.SHOULD);
		}
		return any.build();
	}

	static Query anyOf(String field, java.util.Collection<String> values) {
		return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
	}

	/** The query in every language's fields: an English document matches when its English words all do. */
	private static Query typed(ParsedQuery query, Analyzer analyzer) {
		BooleanQuery.Builder languages = new BooleanQuery.Builder();
		String text = query.simpleQueryString();
		for (String language : SearchAnalysis.LANGUAGES) {
			SimpleQueryParser parser = new SimpleQueryParser(analyzer,
					Map.of("title_" + language, 3f, "text_" + language, 1f), FLAGS);
			parser.setDefaultOperator(Occur.MUST);
			languages.add(parser.parse(text), Occur.SHOULD);
		}
		return languages.build();
	}

	/**
	 * The query with the thesaurus's equivalents of the names it holds, or null when it holds none. Each
	 * alternative's words are read together (not word by word, as the typed query is), so that a name of several
	 * words is seen as one: "trafficking in persons" or "trata de personas" (a graph whose paths each must match
	 * whole); its words must all be in the title or all in the text.
	 */
	private static @Nullable Query widened(ParsedQuery query, Thesaurus thesaurus) {
		Analyzer expanding = thesaurus.analyzer();
		if (expanding == null) {
			return null;
		}
		QueryBuilder builder = new QueryBuilder(expanding);
		BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
		boolean widens = false;
		for (List<ParsedQuery.Term> alternative : query.alternatives()) {
			String words = String.join(" ", alternative.stream().filter(t -> !t.excluded() && !t.phrase())
				.map(ParsedQuery.Term::text).toList());
			if (words.isBlank() || !thesaurus.expands(words)) {
				continue;
			}
			widens = true;
			BooleanQuery.Builder fields = new BooleanQuery.Builder();
			for (String language : SearchAnalysis.LANGUAGES) {
				for (String field : List.of("title_" + language, "text_" + language)) {
					Query all = builder.createBooleanQuery(field, words, Occur.MUST);
					if (all == null) {
						continue;
					}
					BooleanQuery.Builder one = new BooleanQuery.Builder().add(all, Occur.MUST);
					for (ParsedQuery.Term term : alternative) {
						Query rest = term.phrase() ? builder.createPhraseQuery(field, term.text())
								: term.excluded() ? builder.createBooleanQuery(field, term.text()) : null;
						if (rest != null) {
							one.add(rest, term.excluded() ? Occur.MUST_NOT : Occur.MUST);
						}
					}
					fields.add(field.startsWith("title_") ? new BoostQuery(one.build(), 3f) : one.build(), Occur.SHOULD);
				}
			}
			alternatives.add(fields.build(), Occur.SHOULD);
		}
		return widens ? alternatives.build() : null;
	}

	/**
	 * A bonus for a document that has the words of an alternative next to each other (within two words), twice
	 * their weight: that is what someone typing "trata de personas" means.
	 */
	static void addNear(BooleanQuery.Builder bonus, ParsedQuery query, float weight) {
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
}

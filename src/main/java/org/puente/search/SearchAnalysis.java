package org.puente.search;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.puente.i18n.Language;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * How text is read for search — the one place where it is folded, for the index, for queries and for the
 * glossary's names alike. Words are split on spaces and punctuation; a hyphenated or apostrophised word is indexed
 * both in parts and joined ("extra-regional" → extra, regional, extraregional; "l'OIM" → oim); everything is
 * lower-cased and stripped of accents; a Spanish or Portuguese prefix that doubles an r is written as the joined
 * English and French forms are ("extrarregional" → extraregional). Then each language drops its stop words and
 * reduces words to stems (Snowball's), so "migrantes" finds "migrante"; before the stem, the endings the four languages
 * spell differently for the same word are written one way ({@link Cognates}), so "migração" finds "migración".
 */
public final class SearchAnalysis implements LuceneAnalysisConfigurer {

	public static final List<String> LANGUAGES = Language.CODES;

	/** Hibernate Search's names of the analyzers: per language (index and query side), words, keys. */
	static final String WORDS = "words";

	/** Prefixes that Spanish and Portuguese join to a word starting with r by doubling it. */
	private static final Pattern DOUBLED_R = Pattern.compile(
			"^(extra|intra|infra|contra|ultra|supra|auto|anti|semi|micro|macro|multi|inter|super|hiper|neo|pre|pro|co)rr");

	private static final int SPLIT = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
			| WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS | WordDelimiterGraphFilter.CATENATE_WORDS
			| WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;

	/** Folded, whole words, nothing dropped: what a name is compared by ("Extra-regional" → "extraregional"). */
	static final Analyzer KEYS = analyzer(s -> normalised(new PatternReplaceFilter(elided(s), Pattern.compile("[^\\p{L}\\p{N}]"),
			"", true)));

	// after KEYS: the stop words are folded with it
	private static final Map<String, CharArraySet> STOP_WORDS = Map.of("es", folded(SpanishAnalyzer.getDefaultStopSet()),
			"en", folded(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET), "pt", folded(PortugueseAnalyzer.getDefaultStopSet()),
			"fr", folded(FrenchAnalyzer.getDefaultStopSet()));

	/**
	 * Lucene's Snowball stemmers (search11: against the light ones, with {@link Cognates} before both, on the query
	 * set, 240 → 252 of 292: "países" meets "país", "refugiados" "refugio"; see docs/search.md).
	 */
	private static final Map<String, Function<TokenStream, TokenStream>> STEMMERS = Map.of(
			"es", s -> new SnowballFilter(s, new SpanishStemmer()),
			"en", s -> new SnowballFilter(new EnglishPossessiveFilter(s), new EnglishStemmer()),
			"pt", s -> new SnowballFilter(s, new PortugueseStemmer()),
			"fr", s -> new SnowballFilter(s, new FrenchStemmer()));

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		for (String language : LANGUAGES) {
			context.analyzer(language).instance(language(language, true));
			context.analyzer(language + "_query").instance(language(language, false));
		}
		// every word of every language, unstemmed: where spelling corrections come from
		context.analyzer(WORDS).instance(analyzer(s -> normalised(new FlattenGraphFilter(split(s)))));
	}

	/** The analyzer of one language; at index time the word graph is flattened, as Lucene requires. */
	static Analyzer language(String language, boolean indexing) {
		return language(language, indexing, s -> s);
	}

	/**
	 * The analyzer of one language with more filters between the cognates and the stemmer (the query side's
	 * synonym graph, which compares words before each language stems them, see {@link Thesaurus}).
	 */
	static Analyzer language(String language, boolean indexing, Function<TokenStream, TokenStream> beforeStem) {
		return analyzer(s -> STEMMERS.get(language).apply(beforeStem.apply(unstemmed(language, indexing, s))));
	}

	/** One language's words as they are before its stemmer: folded, without its stop words, cognates written one way. */
	static Analyzer unstemmed(String language) {
		return analyzer(s -> unstemmed(language, false, s));
	}

	private static TokenStream unstemmed(String language, boolean indexing, TokenStream source) {
		TokenStream words = indexing ? new FlattenGraphFilter(split(source)) : split(source);
		// cognates before the stemmer: "migração" meets "migración" and "migration" in every language's field
		return new Cognates(new StopFilter(normalised(words), STOP_WORDS.get(language)));
	}

	private static TokenStream split(TokenStream source) {
		// offsets adjusted to each part, so "Bruselas," is marked without its comma
		return new WordDelimiterGraphFilter(elided(source), true, WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE, SPLIT,
				null);
	}

	/** Without the French elided articles: "l'intégration" → "intégration". */
	private static TokenStream elided(TokenStream source) {
		return new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
	}

	/** Lower case, no accents, the doubled r of a prefix undone, nothing empty. */
	private static TokenStream normalised(TokenStream words) {
		TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(words));
		return new LengthFilter(new DoubledR(folded), 1, 255);
	}

	private static Analyzer analyzer(Function<TokenStream, TokenStream> filters) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer tokenizer = new WhitespaceTokenizer();
				return new TokenStreamComponents(tokenizer, filters.apply(tokenizer));
			}
		};
	}

	private static CharArraySet folded(CharArraySet words) {
		CharArraySet folded = new CharArraySet(words.size() * 2, false);
		for (Object word : words) {
			char[] chars = (char[]) word;
			folded.add(SearchText.fold(new String(chars)));
		}
		return CharArraySet.unmodifiableSet(folded);
	}

	/**
	 * Undoes the doubled r of a prefix ({@link #DOUBLED_R}); the pattern is only tried on words with "rr" in them,
	 * as most words have none.
	 */
	private static final class DoubledR extends org.apache.lucene.analysis.TokenFilter {

		private final org.apache.lucene.analysis.tokenattributes.CharTermAttribute term = addAttribute(
				org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);

		private final java.util.regex.Matcher matcher = DOUBLED_R.matcher("");

		DoubledR(TokenStream input) {
			super(input);
		}

		@Override
		public boolean incrementToken() throws java.io.IOException {
			if (!input.incrementToken()) {
				return false;
			}
			char[] chars = term.buffer();
			for (int i = 1; i < term.length(); i++) {
				if (chars[i] == 'r' && chars[i - 1] == 'r') {
					matcher.reset(term);
					if (matcher.find()) {
						String undone = matcher.replaceFirst("$1r");
						term.setEmpty().append(undone);
					}
					break;
				}
			}
			return true;
		}
	}
}

package org.puente.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The glossary as a thesaurus: every entry's names (a glossary term's labels and synonyms in its four languages)
 * are one group of equivalents, and a query that holds one of them, in any language's field, also searches the
 * others — a Lucene synonym graph applied to the query only ({@link SynonymGraphFilter}, which is meant for the
 * query side), so "retour" also finds "retorno" and "return", "children" "niñez". Names are compared as each
 * language's field reads them before its stemmer (folded, stop words out, cognate endings), in their plurals too,
 * so "retornos" meets "retorno", and a name of several words ("trata de personas") matches as a sequence.
 * <p>
 * It is read from the index's {@code names} field, not from the glossary: when an editor saves a term, the
 * glossary's event puts its search entry, the index takes it at commit (other nodes within a second, see
 * {@link IndexFollower}), and the next search, on a new reader, reads the names again and builds the thesaurus
 * again if they changed ({@link EntryIndex} keeps it while the reader's segments, or else the names, stay the same).
 */
final class Thesaurus {

	static final Thesaurus EMPTY = new Thesaurus(List.of());

	private final Map<String, Analyzer> fields = new HashMap<>();

	private final Analyzer analyzer;

	private final boolean empty;

	/**
	 * The queries already widened with this thesaurus, by typed query. Reading a query through the synonym graph in
	 * eight fields took three times what the typed query takes to prepare (search12: 1.19 against 0.35 ms a search
	 * on the loaded machine); searches repeat, and a glossary change makes a new thesaurus, which starts empty — so
	 * what is remembered is always what the current names give. Lucene's queries never change once built, so
	 * threads share them.
	 */
	private final Map<ParsedQuery, Optional<Query>> widened = new ConcurrentHashMap<>();

	/** How many widened queries are remembered before they are all forgotten (a few megabytes at most). */
	static final int REMEMBERED = 256;

	Thesaurus(Collection<? extends Collection<String>> groups) {
		boolean none = true;
		for (String language : SearchAnalysis.LANGUAGES) {
			SynonymMap map = map(language, groups);
			// a language without equivalents reads its fields as the typed query does
			Analyzer expanding = map.fst == null ? SearchAnalysis.language(language, false)
					: SearchAnalysis.language(language, false, s -> new SynonymGraphFilter(new NoHoles(s), map, false));
			none &= map.fst == null;
			fields.put("title_" + language, expanding);
			fields.put("text_" + language, expanding);
		}
		empty = none;
		analyzer = new PerFieldAnalyzerWrapper(SearchAnalysis.KEYS, fields);
	}

	/**
	 * The groups of names of an index: each document's values of {@code names}, folded as they were indexed, read
	 * from their postings (a few hundred for the demo's 31 terms). Building the synonym maps from them costs far
	 * more (100–400 ms measured on the loaded 2-core machine), so it is done only when the groups changed.
	 */
	static Set<Set<String>> groups(IndexReader reader) {
		Map<Object, Set<String>> groups = new HashMap<>();
		try {
			for (LeafReaderContext leaf : reader.leaves()) {
				Terms terms = leaf.reader().terms("names");
				if (terms == null) {
					continue;
				}
				Bits live = leaf.reader().getLiveDocs();
				TermsEnum names = terms.iterator();
				PostingsEnum docs = null;
				for (BytesRef name = names.next(); name != null; name = names.next()) {
					String text = name.utf8ToString();
					docs = names.postings(docs, PostingsEnum.NONE);
					for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
						if (live == null || live.get(doc)) {
							groups.computeIfAbsent(List.of(leaf.ord, doc), k -> new LinkedHashSet<>()).add(text);
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new java.util.HashSet<>(groups.values());
	}

	static Thesaurus of(Set<Set<String>> groups) {
		return groups.isEmpty() ? EMPTY : new Thesaurus(groups);
	}

	boolean isEmpty() {
		return empty;
	}

	/** The query analyzer of each language's fields with the equivalents added, where this language has any. */
	@Nullable
	Analyzer analyzer() {
		return empty ? null : analyzer;
	}

	/** The query widened by {@code widen}, built once for this thesaurus; null when it holds no name. */
	@Nullable
	Query widened(ParsedQuery query, Function<ParsedQuery, @Nullable Query> widen) {
		if (empty) {
			return null;
		}
		Optional<Query> known = widened.get(query);
		if (known == null) {
			if (widened.size() >= REMEMBERED) {
				widened.clear();
			}
			known = Optional.ofNullable(widen.apply(query));
			widened.put(query, known);
		}
		return known.orElse(null);
	}

	/** Whether these words hold a name in any language's field: whether reading them adds an equivalent. */
	boolean expands(String words) {
		if (empty) {
			return false;
		}
		for (String language : SearchAnalysis.LANGUAGES) {
			try (TokenStream stream = analyzer.tokenStream("text_" + language, words)) {
				TypeAttribute type = stream.addAttribute(TypeAttribute.class);
				stream.reset();
				boolean found = false;
				while (stream.incrementToken()) {
					found |= SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
				}
				stream.end();
				if (found) {
					return true;
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex); // reading from a String cannot fail
			}
		}
		return false;
	}

	/**
	 * Each name as the language's field reads a query before its stemmer, every one leading to every other of its
	 * group (the stemmer then reads what the graph gives, as it reads the index). Names are compared before the
	 * stem because a stemmer knows only its own language's endings ("returns" stays "returns" in Spanish), so each
	 * name also stands in its plurals: "returns" and "retornos" lead to "retour" in every field.
	 */
	private static SynonymMap map(String language, Collection<? extends Collection<String>> groups) {
		Analyzer reading = SearchAnalysis.unstemmed(language);
		SynonymMap.Builder builder = new SynonymMap.Builder(true);
		for (Collection<String> group : groups) {
			Map<String, List<String>> names = new java.util.LinkedHashMap<>();
			for (String name : group) {
				List<String> words = SearchText.words(reading, name);
				if (!words.isEmpty()) {
					names.putIfAbsent(String.join(" ", words), words);
				}
			}
			for (List<String> from : names.values()) {
				for (List<String> plural : plurals(from)) {
					for (List<String> to : names.values()) {
						if (to != from) {
							builder.add(chars(plural), chars(to), true);
						}
					}
				}
			}
		}
		try {
			return builder.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The name, each of its words with -s, with -es, and its last word with -s: the four languages' plurals. */
	private static Set<List<String>> plurals(List<String> words) {
		Set<List<String>> forms = new LinkedHashSet<>();
		forms.add(words);
		forms.add(words.stream().map(w -> w + "s").toList());
		forms.add(words.stream().map(w -> w + "es").toList());
		List<String> last = new ArrayList<>(words);
		last.set(last.size() - 1, last.get(last.size() - 1) + "s");
		forms.add(last);
		return forms;
	}

	private static CharsRef chars(List<String> words) {
		return SynonymMap.Builder.join(words.toArray(String[]::new), new CharsRefBuilder());
	}

	/**
	 * Closes the gaps stop words leave, so that "trata de personas" is the sequence "trata person" on both sides:
	 * the synonym graph matches words one after the other and would not see a sequence across a gap.
	 */
	private static final class NoHoles extends TokenFilter {

		private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

		NoHoles(TokenStream input) {
			super(input);
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (!input.incrementToken()) {
				return false;
			}
			if (increment.getPositionIncrement() > 1) {
				increment.setPositionIncrement(1);
			}
			return true;
		}
	}
}

package org.puente.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Text as search compares it, for code outside the index: {@link #fold} runs the same analysis as the index
 * ({@link SearchAnalysis}), so a name folded here matches the way the index reads a query.
 */
public final class SearchText {

	private SearchText() {
	}

	/** Lower case, no accents, hyphens and apostrophes joined, words separated by one space. */
	public static String fold(String text) {
		return String.join(" ", words(text));
	}

	/** The folded words of a text, in order. */
	public static List<String> words(String text) {
		return words(SearchAnalysis.KEYS, text);
	}

	/** The words an analyzer makes of a text, in order. */
	static List<String> words(Analyzer analyzer, String text) {
		List<String> words = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("keys", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				words.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex); // reading from a String cannot fail
		}
		return words;
	}
}

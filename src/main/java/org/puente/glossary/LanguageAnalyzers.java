package org.puente.glossary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.puente.i18n.TextFolding;

/**
 * Lucene's analyzers for the four languages: they drop stop words and reduce words to stems, so "migrantes" and
 * "migrante" count as one word. Stems are folded (no accents, lower case) because people type with and without them.
 */
final class LanguageAnalyzers {

	private final Map<String, Analyzer> analyzers = Map.of("es", new SpanishAnalyzer(), "en", new EnglishAnalyzer(),
			"pt", new PortugueseAnalyzer(), "fr", new FrenchAnalyzer());

	/** A word kept by the analyzer: its stem and where it stands in the original text. */
	record Token(String stem, int start, int end) {
	}

	List<Token> tokens(String language, String text) {
		Analyzer analyzer = analyzers.getOrDefault(language, analyzers.get("es"));
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(new Token(TextFolding.fold(term.toString()), offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex); // reading from a String cannot fail
		}
		return tokens;
	}
}

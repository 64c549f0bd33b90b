package org.puente.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A word meets its cognates in every language's field, whatever language it is typed in (walk 9 #22). */
class CognatesTests {

	@Test
	void aWordAndItsCognatesInTheFourLanguagesAreOneTermInEveryLanguagesField() throws IOException {
		for (String language : SearchAnalysis.LANGUAGES) {
			Analyzer analyzer = SearchAnalysis.language(language, false);
			String migration = terms(analyzer, "migración").get(0);
			assertThat(terms(analyzer, "migração migrações migraciones migration migrations Migration"))
				.as(language).containsOnly(migration);
			String decision = terms(analyzer, "decisión").get(0);
			assertThat(terms(analyzer, "decisão decisiones décisions")).as(language).containsOnly(decision);
			String community = terms(analyzer, "comunidad").get(0);
			assertThat(terms(analyzer, "comunidade comunidades")).as(language).containsOnly(community);
		}
	}

	@Test
	void keepsTheSOfQuestionAndShortWordsAsTheyAre() throws IOException {
		Analyzer analyzer = SearchAnalysis.language("es", false);
		assertThat(terms(analyzer, "gestão")).isEqualTo(terms(analyzer, "gestión"));
		assertThat(terms(analyzer, "nação")).isEqualTo(terms(analyzer, "nación"));
		Analyzer english = SearchAnalysis.language("en", false);
		assertThat(terms(english, "questions")).isEqualTo(terms(english, "question")).noneMatch(t -> t.contains("cion"));
		// too short to have a Latin ending: "são" (saint, are) stays a word of its own
		assertThat(terms(analyzer, "São")).containsExactly("sao");
	}

	private static List<String> terms(Analyzer analyzer, String text) throws IOException {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text_es", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		return terms;
	}
}

package org.puente.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The glossary's text analysis offered to other capabilities: how alike short texts are, compared as the
 * coincidence analysis compares definitions (stems and glossary concepts in any language, TF-IDF, cosine). A text
 * in Spanish and one in English meet through the glossary's concepts they both name.
 */
@Service
public class TextSimilarity {

	private final GlossaryTermRepository terms;

	private final LanguageAnalyzers analyzers = new LanguageAnalyzers();

	TextSimilarity(GlossaryTermRepository terms) {
		this.terms = terms;
	}

	/** A text to compare: its owner's id, its language (es, en, pt, fr) and what it says. */
	public record Text(String id, String language, String text) {
	}

	/** A candidate and how alike it is to the text compared, from 0 (nothing shared) to 1. */
	public record Match(String id, double similarity) {
	}

	/**
	 * The candidates most like the text, best first, leaving out those sharing nothing with it. The IDF is taken
	 * over the text and the candidates together.
	 */
	@Transactional(readOnly = true)
	public List<Match> closest(Text text, List<Text> candidates, int limit) {
		if (candidates.isEmpty()) {
			return List.of();
		}
		List<CoincidenceAnalysis.Definition> corpus = new ArrayList<>();
		corpus.add(definition(text));
		candidates.forEach(c -> corpus.add(definition(c)));
		CoincidenceAnalysis analysis = new CoincidenceAnalysis(corpus,
				Coincidences.lexicon(terms.findAll(), analyzers), analyzers, CoincidenceAnalysis.DEFAULT_THRESHOLD);
		List<Match> matches = new ArrayList<>();
		for (int i = 1; i < corpus.size(); i++) {
			double similarity = analysis.similarity(corpus.get(0), corpus.get(i));
			if (similarity > 0) {
				matches.add(new Match(corpus.get(i).id(), similarity));
			}
		}
		matches.sort(Comparator.comparingDouble(Match::similarity).reversed().thenComparing(Match::id));
		return matches.subList(0, Math.min(limit, matches.size()));
	}

	private static CoincidenceAnalysis.Definition definition(Text text) {
		return new CoincidenceAnalysis.Definition(text.id(), "", text.language(), text.text());
	}
}

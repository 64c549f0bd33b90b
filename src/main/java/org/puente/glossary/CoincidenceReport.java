package org.puente.glossary;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the coincidence analysis found for one term: the countries compared (in order), their pairwise similarity,
 * the groups, the outliers, the shared key phrases, the score (0–100, mean pairwise similarity) and the settings.
 * {@code central} is the index of the most representative definition of the largest group.
 */
public record CoincidenceReport(List<String> countries, List<String> languages, double[][] similarity,
		List<List<String>> groups, List<String> outliers, List<KeyPhrase> keyPhrases, @Nullable Integer score,
		double threshold, int minimumShare, int central) {

	/**
	 * The score over pairs written in the same language only: across languages only glossary concepts can match, so
	 * this tells the secretariat how far apart same-language wordings are. Null when no two share a language.
	 */
	public @Nullable Integer sameLanguageScore() {
		double sum = 0;
		int pairs = 0;
		for (int i = 0; i < countries.size(); i++) {
			for (int j = i + 1; j < countries.size(); j++) {
				if (languages.get(i).equals(languages.get(j))) {
					sum += similarity[i][j];
					pairs++;
				}
			}
		}
		return pairs == 0 ? null : (int) Math.round(100 * sum / pairs);
	}

	/** A phrase (as people wrote it) found in {@code count} definitions, those of {@code countries}. */
	public record KeyPhrase(String text, int count, List<String> countries) {
	}

	/** A similarity as a whole percentage, for the matrix. */
	public int percent(int i, int j) {
		return (int) Math.round(similarity[i][j] * 100);
	}

	/** The colour class of a cell: five steps, each with text colours of sufficient contrast (see puente.css). */
	public String shade(int i, int j) {
		return "sim-" + Math.min(4, (int) Math.floor(similarity[i][j] * 5));
	}
}

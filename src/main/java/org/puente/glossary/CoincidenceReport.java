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

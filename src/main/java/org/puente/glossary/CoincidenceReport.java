package org.puente.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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

	/**
	 * A phrase (as people wrote it) found in {@code count} definitions, those of {@code countries}; {@code evidence}
	 * holds, for each of them, the words that country's definition uses for it.
	 */
	public record KeyPhrase(String text, int count, List<String> countries, Map<String, Span> evidence) {

		public String words(String country) {
			Span span = evidence.get(country);
			return span == null ? "" : span.words();
		}
	}

	/** Where, in one definition's text, some words stand. */
	public record Span(int start, int end, String words) {
	}

	/** A piece of a definition's text, marked when it is a shared element. */
	public record Segment(String text, boolean marked) {
	}

	/** The countries whose definition uses none of the shared elements: the ones that really go their own way. */
	public List<String> withoutSharedElements() {
		return countries.stream().filter(c -> keyPhrases.stream().noneMatch(p -> p.evidence().containsKey(c))).toList();
	}

	/** The groups of at least two definitions similar enough in their wording. */
	public List<List<String>> pairedGroups() {
		return groups.stream().filter(g -> g.size() > 1).toList();
	}

	/** The definitions whose wording is not close enough to any other to form a group (they may share elements). */
	public List<String> ungrouped() {
		return groups.stream().filter(g -> g.size() == 1).map(g -> g.get(0)).toList();
	}

	/** The definition's text cut into pieces, the words it shares with others marked. */
	public List<Segment> segments(String country, String text) {
		List<Span> spans = new ArrayList<>();
		keyPhrases.forEach(p -> {
			Span span = p.evidence().get(country);
			if (span != null && span.end() <= text.length()) {
				spans.add(span);
			}
		});
		spans.sort(Comparator.comparingInt(Span::start));
		List<Segment> segments = new ArrayList<>();
		int at = 0;
		for (Span span : spans) {
			if (span.end() <= at) {
				continue;
			}
			int from = Math.max(at, span.start());
			if (from > at) {
				segments.add(new Segment(text.substring(at, from), false));
			}
			segments.add(new Segment(text.substring(from, span.end()), true));
			at = span.end();
		}
		if (at < text.length()) {
			segments.add(new Segment(text.substring(at), false));
		}
		return segments;
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

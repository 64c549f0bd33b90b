package org.puente.minutes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How likely a candidate is an agreement: a logistic regression over where the structure found it and what its
 * words look like, with weights fitted offline on the development corpus ({@code bench/minutes-quality/fit_scoring.py})
 * and read from {@code minutes/scoring-weights.tsv}; documented in docs/minutes-reading.md, "Scoring". Candidates
 * under the table's threshold are dropped; the kept ones are numbered by position.
 */
final class Scoring {

	/** The features, in the order of the weights table. */
	static final List<String> FEATURES = ScoringFeatures.NAMES;

	private static final Map<String, Double> TABLE = load();

	private Scoring() {
	}

	/**
	 * The weighed candidates whose probability reaches their model's threshold, in order, each located in the source (so
	 * that the reading need not look for it again) and numbered by position when it has no number of its own.
	 */
	static List<Candidate> kept(List<Weighed> weighed) {
		List<Candidate> kept = new ArrayList<>();
		for (Weighed w : weighed) {
			if (!w.kept()) {
				continue;
			}
			Segment s = w.candidate().segment();
			String number = s.number().isEmpty() ? String.valueOf(kept.size() + 1) : s.number();
			kept.add(new Candidate(new Segment(number, s.theme(), s.text(), s.owners(), s.due()),
					w.candidate().span(), w.candidate().confidence()));
		}
		return kept;
	}

	/**
	 * A candidate weighed: located, its confidence its model's probability.
	 *
	 * @param kept whether the probability reaches its model's threshold
	 */
	record Weighed(Candidate candidate, boolean kept) {
	}

	/** Every candidate located and weighed by its model, in the given order. */
	static List<Weighed> weigh(ReadingContext reading, List<Candidate> candidates) {
		return weigh(reading, candidates, true);
	}

	/**
	 * Every candidate located and weighed by its model, in the given order, then the list items {@link ListSiblings}
	 * keeps beside their list's kept items.
	 *
	 * @param every whether a candidate that its model cannot keep (a sentence of prose while the table keeps none) is
	 *        weighed too, for the suggestions; without, it is left at 0 unless {@link ListSiblings} keeps it
	 */
	static List<Weighed> weigh(ReadingContext reading, List<Candidate> candidates, boolean every) {
		String source = reading.scored();
		List<TextSpan> spans = located(reading, candidates);
		ScoringContext context = ScoringContext.of(source, candidates, spans, reading);
		List<Weighed> weighed = new ArrayList<>(candidates.size());
		String language = reading.language(); // the stems of the words a model weighs are the reading's language's
		java.util.function.IntToDoubleFunction weighing = i -> {
			Candidate c = candidates.get(i);
			return probability(model(c), ScoringFeatures.of(c, context, spans.get(i)), c.segment().text(), language);
		};
		for (int i = 0; i < candidates.size(); i++) {
			Candidate c = candidates.get(i);
			double threshold = TABLE.getOrDefault(model(c) + "threshold", 1.0);
			double p = every || threshold <= 1.0 ? weighing.applyAsDouble(i) : 0;
			weighed.add(new Weighed(new Candidate(c.segment(), spans.get(i), p), p >= threshold));
		}
		return ListSiblings.kept(weighed, candidates, context, weighing);
	}

	/** Each candidate's span: the one its reader gave, else where its words are found in the source. */
	static List<TextSpan> located(String source, List<Candidate> candidates) {
		return located(() -> Spans.Folded.of(source), candidates);
	}

	/** Each candidate's span: the one its reader gave, else where its words are in the scoring's text, folded once. */
	static List<TextSpan> located(ReadingContext reading, List<Candidate> candidates) {
		return located(() -> reading.folded(reading.scored()), candidates);
	}

	/**
	 * Each candidate's span: the one it has, else where its words are found in the source, folded only when one has
	 * none; the candidates after the last without a span are not searched for (the search goes in order, so the spans
	 * found are those of searching for all of them).
	 */
	static List<TextSpan> located(java.util.function.Supplier<Spans.Folded> source, List<Candidate> candidates) {
		int searched = candidates.size(); // the units at the end have their spans: no need to look for them
		while (searched > 0 && candidates.get(searched - 1).span().located()) {
			searched--;
		}
		List<TextSpan> found = searched == 0 ? List.of() : Spans.locate(source.get(),
				candidates.subList(0, searched).stream().map(c -> c.segment().text()).toList());
		List<TextSpan> spans = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			spans.add(candidates.get(i).span().located() ? candidates.get(i).span() : found.get(i));
		}
		return spans;
	}

	/** Whether the table keeps any sentence of prose; when it keeps none, the readers need not propose them. */
	static boolean keepsProse() {
		return TABLE.getOrDefault("prose.threshold", 2.0) <= 1.0;
	}

	/**
	 * Which of the table's two models weighs the candidate: the items of the structure's readers ("" prefix) or the
	 * sentences of prose that no cue announced and the units no reader proposed ("prose.").
	 */
	static String model(Candidate c) {
		boolean prose = Math.abs(c.confidence() - Prose.WHERE) < 1e-9 || Math.abs(c.confidence() - Units.WHERE) < 1e-9;
		return prose ? "prose." : "";
	}

	/** The model's probability for a candidate of these features and this text (its words: {@link ScoringWords}). */
	static double probability(String model, double[] x, String text, String language) {
		double z = ScoringWords.score(model, text, language);
		double[] weights = model.isEmpty() ? ITEM_WEIGHTS : model.equals("prose.") ? PROSE_WEIGHTS : weights(model);
		for (int i = 0; i < x.length; i++) {
			z += x[i] * weights[i];
		}
		return 1 / (1 + Math.exp(-z));
	}

	/*
	 * Each model's weights in the order of the features, read once: the profile showed the weighing join the model's
	 * prefix to every feature's name and look it up in the table, for every feature of every candidate.
	 */
	private static final double[] ITEM_WEIGHTS = weights("");

	private static final double[] PROSE_WEIGHTS = weights("prose.");

	private static double[] weights(String model) {
		double[] weights = new double[FEATURES.size()];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = TABLE.getOrDefault(model + FEATURES.get(i), 0.0);
		}
		return weights;
	}

	private static Map<String, Double> load() {
		Map<String, Double> table = new HashMap<>();
		try (InputStream in = Scoring.class.getResourceAsStream("/minutes/scoring-weights.tsv")) {
			if (in == null) {
				return table;
			}
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String[] cells = line.strip().split("\t");
				if (cells.length == 2 && !line.startsWith("#")) {
					table.put(cells[0], Double.parseDouble(cells[1]));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return table;
	}
}

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
	static final List<String> FEATURES = List.of("bias", "where.decisions_item", "where.motion", "where.inline",
			"where.narrative", "where.decisions_paragraph", "where.layout", "log_length", "short", "question",
			"colon_end", "states", "link_heavy");

	private static final Map<String, Double> TABLE = load();

	private Scoring() {
	}

	static List<Candidate> keep(List<Candidate> candidates, String language) {
		double threshold = TABLE.getOrDefault("threshold", 0.5);
		List<Candidate> kept = new ArrayList<>();
		for (Candidate c : candidates) {
			double p = probability(c, language);
			if (p < threshold) {
				continue;
			}
			Segment s = c.segment();
			String number = s.number().isEmpty() ? String.valueOf(kept.size() + 1) : s.number();
			kept.add(new Candidate(new Segment(number, s.theme(), s.text(), s.owners(), s.due()), c.span(), p));
		}
		return kept;
	}

	static double probability(Candidate c, String language) {
		double[] x = features(c, language);
		double z = 0;
		for (int i = 0; i < x.length; i++) {
			z += x[i] * TABLE.getOrDefault(FEATURES.get(i), 0.0);
		}
		return 1 / (1 + Math.exp(-z));
	}

	/** Where the structure found the candidate (its reader's confidence) and the shape of its words. */
	static double[] features(Candidate c, String language) {
		String text = c.segment().text().strip();
		double where = c.confidence();
		long links = text.chars().filter(ch -> ch == '/').count();
		return new double[] { 1, is(where, 0.9), is(where, 0.8), is(where, 0.7), is(where, 0.65), is(where, 0.6),
			is(where, 1.0), Math.log1p(text.length()) / Math.log(1000), text.length() < 25 ? 1 : 0,
			text.endsWith("?") ? 1 : 0, text.endsWith(":") ? 1 : 0, Narrative.states(text) ? 1 : 0,
			links >= 4 && links * 25 > text.length() ? 1 : 0 };
	}

	private static double is(double where, double value) {
		return Math.abs(where - value) < 1e-9 ? 1 : 0;
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

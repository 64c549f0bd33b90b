package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;

/**
 * How sure the reading is that a candidate is an agreement, by where the structure found it (documented in
 * docs/minutes-reading.md, "Scoring"): an item or row under a decisions heading or of a task table 0.9, a line that
 * states a decision or a task in place 0.7, a plain paragraph under a decisions heading 0.6. Candidates under
 * {@link #THRESHOLD} are dropped; the kept ones are numbered by position.
 */
final class Scoring {

	static final double THRESHOLD = 0.5;

	private Scoring() {
	}

	static List<Candidate> keep(List<Candidate> candidates) {
		List<Candidate> kept = new ArrayList<>();
		for (Candidate c : candidates) {
			if (c.confidence() < THRESHOLD) {
				continue;
			}
			Segment s = c.segment();
			String number = s.number().isEmpty() ? String.valueOf(kept.size() + 1) : s.number();
			kept.add(new Candidate(new Segment(number, s.theme(), s.text(), s.owners(), s.due()), c.span(),
					c.confidence()));
		}
		return kept;
	}
}

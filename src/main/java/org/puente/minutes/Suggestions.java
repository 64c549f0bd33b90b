package org.puente.minutes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.puente.i18n.TextFolding;

/**
 * The next most likely agreements the reading did not keep, for a reviewer to add in one click what it missed: every
 * candidate the readers propose, sentences of prose and units included, weighed by its model in the same pass that
 * keeps the reading's items ({@link Structure#weighed(String, boolean)}), the ones under their threshold taken most
 * likely first, leaving out any that starts in a kept item or a suggestion already taken, or repeats one's words.
 * Computed only when asked: weighing prose costs about half a reading.
 */
final class Suggestions {

	/**
	 * Below this probability a candidate is not worth a reviewer's reading. Chosen on batch o, held out from every
	 * weight when it was measured: 0.05 shows 171 suggestions instead of 212 over its 25 documents for the same recall
	 * (0.711 with five, 0.777 with ten); 0.08 starts losing agreements (0.702, 0.760). docs/minutes-reading.md.
	 */
	static final double FLOOR = 0.05;

	/**
	 * A suggestion may lie inside a kept item or a suggestion already taken when it starts this far into it (in
	 * characters): a sentence well inside a long paragraph is another item, which the reviewer could not add by adding
	 * the paragraph (an item is told by its beginning; the corpus' scoring looks for it in the first 120 characters).
	 * On the 42 development parts (bench/minutes-quality/README.md, suggest19), of the 540
	 * agreements missed with twenty suggestions, 57 sat inside a kept item and 56 inside a suggestion that started
	 * elsewhere; recall with ten 0.836 → 0.846.
	 */
	static final int FURTHER_IN = 120;

	private Suggestions() {
	}

	/**
	 * Up to {@code limit} candidates not kept, most likely first, each located and with its model's probability as
	 * its confidence.
	 *
	 * @param candidates the structure's candidates, prose included, as the reading weighed them
	 *        ({@link Structure#weighed(String, boolean)} with suggestions)
	 * @param kept the items the reading kept, whose words a suggestion must not overlap
	 */
	static List<Candidate> of(List<Scoring.Weighed> candidates, List<MinutesItem> kept, int limit) {
		if (limit <= 0) {
			return List.of();
		}
		List<Candidate> weighed = candidates.stream()
			.filter(w -> !w.kept() && w.candidate().span().located() && w.candidate().confidence() >= FLOOR)
			.map(Scoring.Weighed::candidate)
			.sorted(Comparator.comparingDouble(Candidate::confidence).reversed()
				.thenComparingInt(c -> c.span().start()))
			.toList();
		List<TextSpan> keptSpans = kept.stream().map(MinutesItem::span).filter(TextSpan::located).toList();
		List<String> unlocated = kept.stream().filter(i -> !i.span().located()).map(i -> TextFolding.fold(i.text()))
			.toList();
		List<Candidate> chosen = new ArrayList<>();
		Set<String> openings = new HashSet<>();
		for (Candidate c : weighed) {
			if (chosen.size() == limit) {
				break;
			}
			String folded = TextFolding.fold(c.segment().text());
			// a kept item's words, unless the suggestion starts well inside it; another suggestion's, unless their
			// starts are far apart (either may hold the other); the same words elsewhere (a repeated line): shown once
			if (keptSpans.stream().anyMatch(t -> overlaps(t, c.span()) && c.span().start() < t.start() + FURTHER_IN)
					|| unlocated.stream().anyMatch(u -> u.contains(folded) || folded.contains(u))
					|| chosen.stream().anyMatch(t -> overlaps(t.span(), c.span())
							&& Math.abs(t.span().start() - c.span().start()) < FURTHER_IN)
					|| !openings.add(folded.substring(0, Math.min(OPENING, folded.length())))) {
				continue;
			}
			chosen.add(c);
		}
		return chosen;
	}

	/** How many folded characters tell two suggestions' words the same. */
	private static final int OPENING = 80;

	private static boolean overlaps(TextSpan a, TextSpan b) {
		return a.start() < b.end() && b.start() < a.end();
	}
}

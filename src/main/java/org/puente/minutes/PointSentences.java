package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;

/**
 * A decision told after the account of a numbered point, in the same paragraph: "1) Reunião da AMOCA com secretário de
 * Obras: a presidente passou a palavra … Ficou combinado que …", "6. Existen dos posibles Sponsors … Se resuelve
 * posponer el tema", "d) FBU pay claim. Verbal reports given by … Secretary to write to Councillors …". The layout
 * reader keeps a numbered point whole ({@link ToldSentences}: a point is one decision, whatever its sentences tell),
 * and the told sentences of a paragraph an item holds are not weighed again ({@link Prose#told}), so such a sentence was
 * no candidate. Each sentence after the point's first that {@link Narrative} reads as a decision or a task is one
 * now, found where {@link #WHERE} (its own column, {@link ScoringFeatures}' "where.point_sentence"): the point stays
 * an item beside it, and the scoring weighs which of the two the minutes mean.
 */
final class PointSentences {

	/** The confidence that marks a sentence told inside a point ({@link ScoringFeatures}' "where.point_sentence"). */
	static final double WHERE = 0.55;

	/** A sentence past this far into its point is an account's detail more often than its outcome. */
	private static final int LONGEST = 600;

	private PointSentences() {
	}

	/** The told sentences inside the layout reader's items (the text's plain-text reading), after each item's first. */
	static List<Candidate> told(List<Candidate> items) {
		List<Candidate> found = new ArrayList<>();
		for (Candidate item : items) {
			String text = item.segment().text();
			for (int[] s : Narrative.sentences(text)) {
				String sentence = text.substring(s[0], s[1]).strip();
				if (s[0] > 0 && s[2] == 1 && sentence.length() <= LONGEST && !Procedural.is(sentence)) {
					found.add(new Candidate(new Segment("", item.segment().theme(), sentence), TextSpan.NONE, WHERE));
				}
			}
		}
		return found;
	}
}

package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph the layout reader took as one item that tells a decision or a task further on ("Xavier asked about
 * the process … Seth and Makx agreed … and proposed to tackle it later"): each sentence that tells one
 * ({@link Narrative#sentences}) starts an item of its own, as the corpus rules say (the item is the sentence that
 * states it); the paragraph's beginning stays the item it was, up to the first such sentence. A numbered point
 * ("9. La PPT de la CRM … enviará …; Chile …") is one decision, whatever its sentences tell, and stays whole.
 */
final class ToldSentences {

	private ToldSentences() {
	}

	static List<Segment> split(List<Segment> found) {
		List<Segment> split = new ArrayList<>();
		for (Segment s : found) {
			String text = s.text();
			if (!s.number().isEmpty()) {
				split.add(s); // a numbered point is one decision, whatever its sentences tell
				continue;
			}
			int from = 0;
			for (int[] sentence : Narrative.sentences(text)) {
				if (sentence[0] > from && !text.substring(from, sentence[0]).isBlank()) {
					split.add(piece(s, text.substring(from, sentence[0])));
					from = sentence[0];
				}
			}
			split.add(from == 0 ? s : piece(s, text.substring(from)));
		}
		return split;
	}

	private static Segment piece(Segment s, String text) {
		return new Segment(s.number(), s.theme(), text.strip(), s.owners(), s.due());
	}
}

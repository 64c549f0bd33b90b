package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph the layout reader took as one item that tells a decision or a task further on ("Xavier asked about
 * the process … Seth and Makx agreed … and proposed to tackle it later"): each sentence that tells one
 * ({@link Narrative#sentences}) starts an item of its own, as the corpus rules say (the item is the sentence that
 * states it), and so does a label of an action or a decision inside it ("… open Action Item A2014-03: State the
 * archive …", "… Décision : …", wrapped lines closed up into the paragraph); the paragraph's beginning stays the
 * item it was, up to the first such sentence. A numbered point ("9. La PPT de la CRM … enviará …; Chile …") is one
 * decision, whatever its sentences tell, and stays whole.
 */
final class ToldSentences {

	/** A label inside the paragraph: "Action Item A2014-03:", "Action Mark/Philippe:", "Acuerdo:", "Décision :". */
	static final String LABEL_WORDS = "(?:(?=\\p{Lu})" + Cues.ACTION_WORD + "|Tarea"
			+ "|Tarefa|T[âa]che|Decision|Decisi[óo]n|Decis[ãa]o|D[ée]cision|Acuerdo|Acordo|Agreed|Resolved|Resolution)"
			+ "(?:\\s+[\\p{L}\\d][\\p{L}\\d.\\-/]*)?\\s*:\\s*(?=\\p{L})";
	private static final Pattern LABEL = Pattern.compile("(?<=\\s)" + LABEL_WORDS);

	private ToldSentences() {
	}

	static List<Segment> split(List<Segment> found, ReadingContext reading) {
		List<Segment> split = new ArrayList<>();
		for (Segment s : found) {
			if (!s.number().isEmpty()) {
				split.add(s); // a numbered point is one decision, whatever its sentences tell
				continue;
			}
			String text = s.text();
			TreeSet<Integer> cuts = new TreeSet<>();
			Narrative.sentences(text, reading).forEach(sentence -> cuts.add(sentence[0]));
			for (Matcher m = LABEL.matcher(text); m.find();) {
				cuts.add(m.start());
			}
			int from = 0;
			for (int cut : cuts) {
				if (cut > from && !text.substring(from, cut).isBlank()) {
					split.add(piece(s, text.substring(from, cut)));
					from = cut;
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

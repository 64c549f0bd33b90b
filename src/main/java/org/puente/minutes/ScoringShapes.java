package org.puente.minutes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The shape of a candidate's line and of the lines beside it (docs/minutes-reading.md, "Scoring"), appended at the end
 * of {@link ScoringFeatures#NAMES}: whether it hands something to someone ("Cast operator matrix (#586) --> Valentino",
 * "AI @all: provide feedbacks", "instruire les issues (tous)"), whether it is a whole sentence rather than a label,
 * whether the items of its section share its shape (a list of "X --> Y" rows, of "Topic: outcome" lines), whether its
 * last sentence tells a decision (a numbered board point that ends on what was resolved), and whether the line above it
 * does. Shapes that minutes share in any language, read once per document, not cues of one document.
 */
final class ScoringShapes {

	static final List<String> NAMES = List.of("shape.arrow", "shape.owner", "shape.sentence", "nb.same_shape",
			"lex.ends_decided", "ctx.after_decision");

	/** An arrow inside the line, after its first words: "issue --> owner", "topic → outcome". */
	private static final Pattern ARROW = Pattern.compile("\\S\\s*(?:-->|->|→|=>|⇒)\\s*\\S");

	/**
	 * Someone the line hands something to: an arrow to a name at its end, a mention, a name or "all" in brackets at its
	 * end, "Action Mark:", "AI @all:", "Responsable : Marie".
	 */
	private static final Pattern OWNER = Pattern.compile("(?:^|\\s)@\\p{L}|(?:-->|->|→|=>|⇒)\\s*\\p{Lu}[\\p{L}.'-]*"
			+ "(?:\\s*[/,&]\\s*\\p{Lu}[\\p{L}.'-]*){0,3}\\s*\\.?$|\\(\\s*\\p{Lu}[\\p{L}.'-]*(?:\\s*[\\s/,&]\\s*\\p{Lu}"
			+ "[\\p{L}.'-]*){0,3}\\s*\\)\\s*\\.?$|(?i:\\((?:tous|todos|todas|all|everyone)\\))"
			+ "|^[-*•\\s]*(?i:action|ai|a[cç][aã]o|acci[oó]n)\\b[^:]{0,40}:|(?i:respons\\p{L}*|owner|pilote|porteur)\\s*:\\s*\\p{Lu}");

	/** A label and what it says: "Framing layer common flags: Define …", "Atelier vannerie : …". */
	private static final Pattern LABEL = Pattern.compile("^[-*•\\s]*[^:.!?]{2,40}:\\s*\\S");

	/** A whole sentence: opens with a capital (after a marker) and ends with a stop. */
	private static final Pattern SENTENCE = Pattern.compile("^[-*•\\d.)\\s]*[\"«(]?\\p{Lu}.*\\S\\s*[.!]\\)?$",
			Pattern.DOTALL);

	/** Where a sentence ends inside an item: a stop, then a capital. */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+(?=[\\p{Lu}\"«(])");

	/** The lines of a document read before its candidate, to tell whether a decision was announced just above it. */
	private static final int ABOVE = 300;

	private enum Shape {
		ARROW, LABEL, SENTENCE, OTHER
	}

	/** Each structure item's share of the other items under its heading that have its shape. */
	private final Map<Candidate, Double> sameShape;

	private ScoringShapes(Map<Candidate, Double> sameShape) {
		this.sameShape = sameShape;
	}

	static final ScoringShapes EMPTY = new ScoringShapes(Map.of());

	/** Reads the structure's items of one document: their shapes, section by section. */
	static ScoringShapes of(ScoringContext context, List<Candidate> candidates, List<TextSpan> spans) {
		Map<Integer, List<Candidate>> sections = new HashMap<>();
		Map<Candidate, Shape> shapes = new IdentityHashMap<>();
		for (int i = 0; i < candidates.size(); i++) {
			Candidate c = candidates.get(i);
			if (Scoring.model(c).isEmpty() && spans.get(i).located()) {
				sections.computeIfAbsent(context.section(spans.get(i).start()), s -> new ArrayList<>()).add(c);
				shapes.put(c, shape(context.words(c).text()));
			}
		}
		Map<Candidate, Double> same = new IdentityHashMap<>();
		for (List<Candidate> section : sections.values()) {
			Map<Shape, Integer> counts = new HashMap<>();
			section.forEach(c -> counts.merge(shapes.get(c), 1, Integer::sum));
			for (Candidate c : section) {
				same.put(c, section.size() < 2 ? 0 : (counts.get(shapes.get(c)) - 1.0) / (section.size() - 1));
			}
		}
		return new ScoringShapes(same);
	}

	private static Shape shape(String text) {
		return ARROW.matcher(text).find() ? Shape.ARROW : LABEL.matcher(text).find() ? Shape.LABEL
				: SENTENCE.matcher(text).matches() ? Shape.SENTENCE : Shape.OTHER;
	}

	/** The features of one candidate, in the order of {@link #NAMES}. */
	double[] of(Candidate c, ScoringContext context, TextSpan span, String text) {
		Shape shape = shape(text);
		return new double[] { shape == Shape.ARROW ? 1 : 0, OWNER.matcher(text).find() ? 1 : 0,
			shape == Shape.SENTENCE ? 1 : 0, sameShape.getOrDefault(c, 0.0), endsDecided(text),
			span.located() && decidedAbove(context.source(), span.start()) ? 1 : 0 };
	}

	/** 1 when the item holds more than one sentence and its last tells a decision. */
	private static double endsDecided(String text) {
		String[] sentences = SENTENCE_END.split(text);
		return sentences.length >= 2 && ScoringFeatures.decides(ScoringFeatures.folded(sentences[sentences.length - 1]))
				? 1 : 0;
	}

	/** Whether the text just above the candidate (its line's start, else the line above) tells a decision. */
	private static boolean decidedAbove(String source, int start) {
		int lineStart = source.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
		int from = lineStart;
		if (source.substring(lineStart, start).isBlank()) { // it opens its line: read the last line with words above
			int end = lineStart - 1;
			while (end > 0 && source.substring(source.lastIndexOf('\n', end - 1) + 1, end).isBlank()) {
				end = source.lastIndexOf('\n', end - 1);
			}
			from = end <= 0 ? lineStart : source.lastIndexOf('\n', end - 1) + 1;
		}
		from = Math.max(from, start - ABOVE);
		return from < start && ScoringFeatures.decides(ScoringFeatures.folded(source.substring(from, start)));
	}
}

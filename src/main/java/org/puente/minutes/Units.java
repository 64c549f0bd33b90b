package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.puente.i18n.TextFolding;

/**
 * Every unit of the text that no reader proposed, as a candidate for the scoring to weigh: each paragraph, list item,
 * table row and line (not a Markdown heading, which names its section), each later sentence of them, and what follows
 * a short label ("Jack H.: Put this on the agenda", "Bourses : On va lui dire …"). A reader that cut an item too long (a heading glued to it, a paragraph
 * whose later sentence is the decision), or never read a part (a section it took for the agenda, a table without a task
 * header, an HTML block), then still leaves each of its sentences to the scoring; a unit whose start an item already
 * holds within its first words adds nothing and is left out. Units are weighed by the prose model, told apart from the
 * sentences of prose by their own "where" ({@link ScoringFeatures}).
 */
final class Units {

	/** The confidence that marks a unit ({@link ScoringFeatures}' "where.unit"); weighed by the prose model. */
	static final double WHERE = 0.45;

	/** How far into an item (folded characters) a unit's start counts as held by it, as the corpus' scorer matches. */
	private static final int HELD = 120;

	/** The folded characters of a unit compared with the items: about as many as an agreement's first words. */
	private static final int HEAD = 100;

	private static final int LONGEST = 800;

	/** The longest line of a paragraph written a fact a line. */
	private static final int FACT = 100;

	private static final Pattern LINE = Pattern.compile("(?m)^[ \\t]*(\\S.*?)[ \\t]*$");

	/** A line that goes on below: it ends with a comma, a dash or a short word ("de", "the", "and"). */
	private static final Pattern HANGING = Pattern.compile("(?:[,\\-–]|\\b\\p{L}{1,3})\\s*$");

	/** What opens a sentence after a stop: a capital, or a numbered point run into the text ("… 2007. 2. ELECCIÓN …"). */
	private static final String OPENER = SentenceEnds.OPENER + "|\\d{1,2}[º°]?\\s*[.)\\-–]+\\s*\\p{Lu}";

	/**
	 * Where a sentence ends: after a stop (and its dashes) before an {@link #OPENER}, a capital in bold or a point
	 * numbered "1ª", after a colon before such a point, or at a run-in arrow ({@link SentenceEnds}' run-on ends).
	 */
	private static final Pattern SENTENCE_END = Pattern.compile(SentenceEnds.STOP + "\\s+(?=" + OPENER
			+ "|\\*\\*\\p{Lu}|\\d{1,2}ª\\s*[.)\\-–]+\\s*\\p{Lu}|\\d{1,2}ª\\s+\\p{Lu})|(?<=:)\\s+(?=\\d{1,2}ª\\s+\\p{Lu})|"
			+ SentenceEnds.NO_SPACE + SentenceEnds.ARROW);

	/** {@link #SENTENCE_END} without the run-on ends ({@link SentenceEnds#runOn}): the same cuts where none can be. */
	private static final Pattern PLAIN_SENTENCE_END = Pattern.compile(SentenceEnds.PLAIN_STOP + "\\s+(?=" + OPENER + ")|"
			+ SentenceEnds.NO_SPACE);

	/** A unit runs over the sentences after it until it is this long: "O Prof.", "[7] Contraprestaciones." name no act. */
	private static final int SHORTEST = 60;

	/** What opens a line before its words: indentation, a heading's hashes, a quote, a table's pipe, HTML tags, a box. */
	private static final Pattern OPENING = Pattern.compile("^(?:\\s+|#{1,6}(?=\\s)|>|\\||<[^>]{0,80}>|\\[[ xX]?\\](?=\\s)"
			+ "|[*_]{2}(?=\\S))+");

	/** A line that only draws: a table's delimiter row, a rule, a code fence. */
	private static final Pattern DRAWING = Pattern.compile("^[\\s|:\\-=_*`~+#>]*$");

	/** A line break inside a block before a capital, the line above not ended: a new line of its own in notes. */
	private static final Pattern LINE_START = Pattern.compile("(?<=[^.!?;:\\s])[ \\t]*\\n\\s*(?=\\p{Lu})");

	/** A short label before a colon: a name, a topic, a date ("Eric Huss: ", "Bourses : ", "4/4&nbsp;: "). */
	private static final Pattern LABEL = Pattern.compile("^[^:!?]{1,30}?(?:&nbsp;|\\s)?:[*_]*\\s+(?=\\S)");

	private Units() {
	}

	/** The readers' candidates, then the units none of them holds. */
	static List<Candidate> added(String source, List<Candidate> found) {
		List<String> held = new ArrayList<>(found.size());
		for (Candidate c : found) {
			String f = fold(c.segment().text());
			held.add(f.substring(0, Math.min(f.length(), HELD + HEAD)));
		}
		List<Candidate> all = new ArrayList<>(found);
		for (int[] block : blocks(source)) {
			List<String> own = new ArrayList<>(); // the block's units so far: a line repeated elsewhere is a unit again
			for (int[] unit : units(source, block[0], block[1])) {
				String text = source.substring(unit[0], unit[1]).replaceAll("<[^>]{0,80}>", " ").replaceAll("\\s+", " ")
					.strip();
				String folded = fold(text);
				String head = folded.substring(0, Math.min(folded.length(), HEAD));
				if (head.replaceAll("[^\\p{L}]", "").length() < 3 || text.length() > LONGEST || isHeld(held, head)
						|| isHeld(own, head) || Procedural.is(text) || Procedural.frame(text) || Procedural.preamble(text)) {
					continue;
				}
				own.add(folded);
				all.add(new Candidate(new Segment("", null, text), new TextSpan(unit[0], unit[1]), WHERE));
			}
		}
		return all;
	}

	private static boolean isHeld(List<String> held, String head) {
		for (String h : held) {
			int at = h.indexOf(head);
			if (at >= 0 && at < HELD) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The blocks of the text, as offsets of their words: a paragraph runs over its lines up to a blank line, a line that
	 * opens with a marker, a heading or a table row; a heading, a table row and a marked line open a block of their own, and a
	 * line that announces what follows (ending with a colon) closes its block.
	 */
	static List<int[]> blocks(String source) {
		List<int[]> blocks = new ArrayList<>();
		int open = -1;
		int end = -1;
		for (int start = 0; start <= source.length();) {
			int lineEnd = source.indexOf('\n', start);
			lineEnd = lineEnd < 0 ? source.length() : lineEnd;
			String line = source.substring(start, lineEnd);
			boolean blank = DRAWING.matcher(line).matches();
			String stripped = line.strip();
			boolean alone = stripped.startsWith("#") || stripped.startsWith("|") || stripped.startsWith("<");
			boolean opens = !blank && open >= 0 && (alone || Markers.marker(stripped) != null);
			if ((blank || opens) && open >= 0) {
				blocks.add(new int[] { open, end });
				open = -1;
			}
			if (!blank && !stripped.startsWith("#")) { // a heading names a section: 1 in 500 was an agreement
				open = open < 0 ? start + wordsFrom(line) : open;
				end = lineEnd;
			}
			if ((alone || stripped.endsWith(":")) && open >= 0) {
				blocks.add(new int[] { open, end });
				open = -1;
			}
			start = lineEnd + 1;
		}
		if (open >= 0) {
			blocks.add(new int[] { open, end });
		}
		return blocks;
	}

	/** Where a line's words begin: past its indentation, heading hashes, quote, pipe, tags, box and marker. */
	private static int wordsFrom(String line) {
		Matcher opening = OPENING.matcher(line);
		int from = opening.lookingAt() ? opening.end() : 0;
		Markers.Marker marker = Markers.marker(line.substring(from));
		if (marker != null && !marker.content().isEmpty()) {
			int at = line.indexOf(marker.content().substring(0, Math.min(8, marker.content().length())), from);
			from = at >= 0 ? at : from;
		}
		Matcher more = OPENING.matcher(line.substring(from));
		return from + (more.lookingAt() ? more.end() : 0);
	}

	/**
	 * The units of one block: each of its sentences, run on over the next ones while it is short (an abbreviation's stop,
	 * a title: "Sr. Alcaldesa", "2. ELECCIÓN DE JUEZ. Entrados en este punto …"), what follows a short label in
	 * front of the block, and each line that opens with a capital under a line left without a stop (notes written a fact
	 * a line).
	 */
	static List<int[]> units(String source, int from, int to) {
		String block = source.substring(from, to);
		List<int[]> sentences = Abbreviations.sentences(block,
				SentenceEnds.runOn(block) ? SENTENCE_END : PLAIN_SENTENCE_END, false).stream()
			.map(s -> new int[] { from + s[0], from + s[1] }).toList();
		List<int[]> units = new ArrayList<>();
		for (int i = 0; i < sentences.size(); i++) {
			int j = i;
			while (j + 1 < sentences.size() && sentences.get(j)[1] - sentences.get(i)[0] < SHORTEST) {
				j++;
			}
			units.add(new int[] { sentences.get(i)[0], sentences.get(j)[1] });
		}
		Matcher label = LABEL.matcher(block);
		if (label.lookingAt() && label.end() < sentences.get(0)[1] - from) {
			units.add(new int[] { from + label.end(), sentences.get(0)[1] });
		}
		Matcher line = LINE_START.matcher(block);
		while (line.find()) {
			int start = from + line.end();
			int[] last = sentences.stream().filter(s -> s[1] > start).findFirst().orElse(sentences.get(sentences.size() - 1));
			units.add(new int[] { start, Math.max(start, last[1]) });
		}
		return units;
	}

	/**
	 * A paragraph written a fact a line ("Definição de três temas\nDefinições dos responsáveis"): each line, when every
	 * line is short and opens with a capital, and none is left hanging (a comma, a short word: "… presented by\nMaria");
	 * else the whole paragraph.
	 */
	static List<TextSpan> lines(String source, TextSpan paragraph) {
		List<TextSpan> lines = new ArrayList<>();
		Matcher line = LINE.matcher(source).region(paragraph.start(), paragraph.end());
		while (line.find()) {
			String words = line.group(1);
			if (words.length() > FACT || !Character.isUpperCase(words.charAt(0)) || HANGING.matcher(words).find()) {
				return List.of(paragraph);
			}
			lines.add(new TextSpan(line.start(1), line.end(1)));
		}
		return lines.size() > 1 ? lines : List.of(paragraph);
	}

	private static String fold(String text) {
		return TextFolding.fold(text).replaceAll("[*_`|]", "").replaceAll("\\s+", " ").strip();
	}
}
